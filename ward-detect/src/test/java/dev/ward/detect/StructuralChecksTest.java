package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline checks behind the confidence tiers, through the standard scanner. */
class StructuralChecksTest {

    private static final ContentScanner SCANNER = ContentScanner.standard();

    private static Detection only(String text, String ruleId) {
        List<Detection> found = SCANNER.scan(text).stream().filter(d -> d.ruleId().equals(ruleId)).toList();
        assertThat(found).as("detections of %s", ruleId).hasSize(1);
        return found.getFirst();
    }

    @Test
    void gitHubTokenWithItsCrc32IsStructurallyValidAndWithoutItOnlyPatternMatched() {
        String random = "WardFake0123456789abcdefghijkl";
        String valid = "ghp_" + random + Base62Checksum.checksum(random);
        Detection good = only("token: " + valid, "github-token");
        assertThat(good.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        assertThat(good.attributes()).containsEntry("checksum", "valid");
        String broken = "ghp_" + random + (Base62Checksum.checksum(random).startsWith("A") ? "B" : "A")
                + Base62Checksum.checksum(random).substring(1);
        Detection bad = only("token: " + broken, "github-token");
        assertThat(bad.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(bad.attributes()).containsEntry("checksum", "invalid");
    }

    @Test
    void awsAccessKeyIdNamesItsAccount() {
        // Built from account 123456789012: 40 bits at bit 7 of a 48-bit prefix whose top bit marks the new format.
        long prefix = (1L << 47) | (123456789012L << 7) | 0x55;
        StringBuilder id = new StringBuilder("AKIA");
        long bits = prefix << 2; // 50 bits for ten base32 characters
        for (int i = 9; i >= 0; i--) {
            id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt((int) ((bits >>> (5 * i)) & 31)));
        }
        id.append("WARDFK");
        Detection key = only("aws_access_key_id = " + id, "aws-access-key-id");
        assertThat(key.attributes()).containsEntry("aws_account_id", "123456789012");
        assertThat(key.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        Detection old = only("aws_access_key_id = AKIAIWARDFAKE2345677", "aws-access-key-id");
        assertThat(old.attributes()).doesNotContainKey("aws_account_id");
        assertThat(old.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
    }

    @Test
    void jwtExpiryLowersConfidenceAndSaysExpired() {
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String signature = "WardFakeSignature_0123456789-abcdef";
        long past = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long future = Instant.now().plusSeconds(86_400 * 365).getEpochSecond();
        Detection expired = only("Bearer " + header + "." + b64("{\"sub\":\"ward\",\"exp\":" + past + "}") + "." + signature, "jwt");
        assertThat(expired.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(expired.attributes()).containsEntry("expired", "true").containsEntry("expires_at", "2020-01-01T00:00:00Z");
        Detection live = only("Bearer " + header + "." + b64("{\"sub\":\"ward\",\"exp\":" + future + "}") + "." + signature, "jwt");
        assertThat(live.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        assertThat(live.attributes()).containsEntry("expired", "false");
        assertThat(SCANNER.scan(header + "." + b64("[1,2,3]") + "." + signature)).as("payload must be an object").isEmpty();
    }

    @Test
    void serviceAccountKeyFileIsStructurallyValidWithAllItsFields() {
        String pem = "-----BEGIN PRIVATE KEY-----\\n" + "WardFakeServiceAccountKey0123456789+/abcdefghijklmnop\\n".repeat(3)
                + "-----END PRIVATE KEY-----\\n";
        String full = "{\"type\": \"service_account\", \"project_id\": \"ward-fake-proj\", \"private_key_id\": \""
                + "fa4e".repeat(10) + "\", \"private_key\": \"" + pem + "\", \"client_email\": "
                + "\"scanner@ward-fake-proj.iam.gserviceaccount.com\"}";
        Detection key = only(full, "gcp-service-account-key");
        assertThat(key.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        assertThat(key.attributes()).containsEntry("project_id", "ward-fake-proj")
                .containsEntry("client_email", "scanner@ward-fake-proj.iam.gserviceaccount.com");
        Detection partial = only(full.replace("\"private_key_id\"", "\"key_ref\""), "gcp-service-account-key");
        assertThat(partial.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
    }

    @Test
    void markersAndTiersOfLlmKeys() {
        String openAi = "sk-" + "WardFakeAbcdEfgh1234" + "T3BlbkFJ" + "WardFakeZyxwVuts9876";
        assertThat(only("k=" + openAi, "openai-legacy-key").confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        String groq = "gsk_" + "WardFake0123456789ab" + "WGdyb3FY" + "WardFake0123456789abcdef";
        assertThat(only("GROQ_API_KEY=" + groq, "groq-api-key").confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        String groqNoMarker = "gsk_" + "WardFake0123456789ab" + "XXdyb3FY" + "WardFake0123456789abcdef";
        assertThat(only("GROQ_API_KEY=" + groqNoMarker, "groq-api-key").confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(only("db_password = \"Wr4dF4k3!pw-2025\"", "generic-secret-assignment").confidence())
                .isEqualTo(Confidence.GENERIC);
    }

    @Test
    void theOldSevenArgumentConstructorStillWorks() {
        Detection d = new Detection("r", Category.SECRET, "API key", "X", 0, 3, "abc");
        assertThat(d.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(d.attributes()).isEmpty();
    }

    @Test
    void ageIdentityMustCarryItsBech32Checksum() {
        String key = "AGE-SECRET-KEY-1Z5DEZAZGXL4SU3YPPLD6A3LX2C6XY5YKK7HW8WE06HK3MTHSELQQRU0UWR";
        assertThat(Bech32Checksum.valid(key)).isTrue();
        assertThat(only("# created: 2026-01-02\n" + key, "age-secret-key").confidence())
                .isEqualTo(Confidence.STRUCTURALLY_VALID);
        String altered = key.substring(0, key.length() - 1) + "Q";
        assertThat(Bech32Checksum.valid(altered)).isFalse();
        assertThat(SCANNER.scan(altered)).as("one character changed").isEmpty();
    }

    @Test
    void cloudflareTokenWithItsCrc32IsStructurallyValidAndLongerRunsAreNoToken() {
        String random = "WardFake0123456789abcdefghijklmnopqrstuv";
        String valid = "cfat_" + random + CloudflareChecksum.checksum(random);
        Detection good = only("CLOUDFLARE_API_TOKEN=" + valid, "cloudflare-prefixed-token");
        assertThat(good.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        assertThat(good.attributes()).containsEntry("checksum", "valid");
        String broken = "cfut_" + random + "0badc0de";
        Detection bad = only("CLOUDFLARE_API_TOKEN=" + broken, "cloudflare-prefixed-token");
        assertThat(bad.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(bad.attributes()).containsEntry("checksum", "invalid");
        assertThat(SCANNER.scan(valid + "Z").stream().filter(d -> d.ruleId().startsWith("cloudflare")))
                .as("a 49th character").isEmpty();
    }

    @Test
    void jwtWithADamagedHeaderThatStillOpensWithItsAlgIsKeptAtPatternOnly() {
        byte[] damaged = "{\"alg\":'?z\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.ISO_8859_1);
        damaged[8] = (byte) 0x9e;
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(damaged);
        String payload = b64("{\"sub\":\"ward-fake\",\"name\":\"Invented Person\"}");
        String signature = "WardFakeSignature_0123456789-abcdef";
        Detection token = only("JWT := " + header + "." + payload + "." + signature, "jwt");
        assertThat(token.confidence()).isEqualTo(Confidence.PATTERN_ONLY);
        assertThat(SCANNER.scan(header + "." + payload + ".").stream().filter(d -> d.ruleId().equals("jwt")))
                .as("no signature").isEmpty();
        String notAlg = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"typ\":'\u009ez\",\"x\":1}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(SCANNER.scan(notAlg + "." + payload + "." + signature).stream()
                .filter(d -> d.ruleId().equals("jwt"))).as("damaged header without its alg").isEmpty();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
