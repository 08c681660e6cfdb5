package dev.ward.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TranscriptRedactionTest {

    private static final String KEY = "AKIA" + "Q7ZKX4M2PLWR3TEV";

    @Test
    void base64ThatDecodesToASecretIsMaskedWhole() {
        String encoded = Base64.getEncoder().encodeToString(("aws_access_key_id=" + KEY).getBytes(StandardCharsets.UTF_8));
        String scrubbed = TranscriptRedaction.scrub("Sure, here it is encoded: " + encoded + " - enjoy");
        assertThat(scrubbed).doesNotContain(encoded).doesNotContain(encoded.substring(8, 30)).endsWith(" - enjoy");
    }

    @Test
    void harmlessBase64IsLeftAlone() {
        String encoded = Base64.getEncoder().encodeToString("the weather is fine today, thanks".getBytes(StandardCharsets.UTF_8));
        assertThat(TranscriptRedaction.scrub("blob " + encoded)).contains(encoded);
    }

    @Test
    void plainSecretsAreMasked() {
        assertThat(TranscriptRedaction.scrub("key " + KEY + " ok")).doesNotContain(KEY).contains("AKIA");
    }
}
