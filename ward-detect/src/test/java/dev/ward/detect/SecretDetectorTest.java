package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written cases for the secret rules that the rules file's own examples do not spell out. */
class SecretDetectorTest {

    private static final ContentScanner SCANNER = ContentScanner.standard();
    private static final String DEEPSEEK_KEY = "sk-" + "0123456789abcdef".repeat(2);
    private static final String OPENAI_LEGACY = "sk-" + "WardFakeAbcdEfgh1234" + "T3BlbkFJ" + "WardFakeZyxwVuts9876";

    private static List<Detection> secrets(String text) {
        return SCANNER.scan(text).stream().filter(d -> d.category() == Category.SECRET).toList();
    }

    private static List<String> ruleIds(String text) {
        return secrets(text).stream().map(Detection::ruleId).toList();
    }

    @Test
    void deepSeekKeyNeedsTheProviderNameJustBeforeIt() {
        assertThat(ruleIds("key = \"" + DEEPSEEK_KEY + "\"")).isEmpty();
        assertThat(ruleIds("Deepseek key = \"" + DEEPSEEK_KEY + "\"")).containsExactly("deepseek-api-key");
        assertThat(ruleIds("DEEPSEEK" + " ".repeat(200) + DEEPSEEK_KEY)).as("context too far away").isEmpty();
        assertThat(ruleIds(DEEPSEEK_KEY + " # deepseek")).as("context after the key does not count").isEmpty();
    }

    @Test
    void openAiLegacyKeyNeedsTheBase64Marker() {
        assertThat(ruleIds("OPENAI_API_KEY=" + OPENAI_LEGACY)).containsExactly("openai-legacy-key");
        String withoutMarker = OPENAI_LEGACY.replace("T3BlbkFJ", "T3BlbkFX");
        assertThat(ruleIds("OPENAI_API_KEY=" + withoutMarker)).doesNotContain("openai-legacy-key");
        assertThat(secrets("OPENAI_API_KEY=" + withoutMarker)).as("only the generic rule may still see a random value")
                .allSatisfy(d -> assertThat(d.confidence()).isEqualTo(Confidence.GENERIC));
    }

    @Test
    void anthropicKeyMustEndInAA() {
        String body = "WardFake-" + "abcdefghij".repeat(8) + "0123";
        assertThat(body).hasSize(93);
        assertThat(ruleIds("sk-ant-api03-" + body + "AA")).containsExactly("anthropic-api-key");
        assertThat(ruleIds("sk-ant-api03-" + body + "AB")).isEmpty();
        assertThat(ruleIds("sk-ant-api03-" + body.substring(1) + "AA")).as("one character short").isEmpty();
    }

    @Test
    void jwtNeedsAHeaderThatDecodesToJsonWithAlg() {
        String payload = base64Url("{\"sub\":\"ward-fake\",\"iat\":1700000000}");
        String signature = "WardFakeSignature_0123456789-abcdef";
        String jwt = base64Url("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + "." + payload + "." + signature;
        List<Detection> found = secrets("Bearer " + jwt);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("jwt");
            assertThat(d.value()).isEqualTo(jwt);
        });
        assertThat(ruleIds(base64Url("{\"typ\":\"JWT\"}") + "." + payload + "." + signature)).isEmpty();
        assertThat(ruleIds(base64Url("{\"alg\":\"RS256\"") + "." + payload + "." + signature)).as("truncated JSON").isEmpty();
        assertThat(ruleIds(jwt + "." + signature)).as("five parts is a JWE, not a JWT").isEmpty();
    }

    @Test
    void databaseUrlReportsOnlyThePassword() {
        String text = "url: postgresql://reporting:Wr4d-F4ke:Pw@db.example.org:5432/metrics?sslmode=require";
        assertThat(secrets(text)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("postgres-url-password");
            assertThat(d.value()).isEqualTo("Wr4d-F4ke:Pw");
            assertThat(text.substring(d.start(), d.end())).isEqualTo("Wr4d-F4ke:Pw");
        });
        assertThat(SCANNER.scan(text)).as("the password@host part is not also an e-mail address").hasSize(1);
        assertThat(ruleIds("mongodb://ward:${MONGO_PASSWORD}@mongo:27017")).isEmpty();
    }

    @Test
    void pemBlockSpansFromBeginToEnd() {
        String body = "MIIEWardFakeKeyMaterial0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH\n".repeat(4);
        String block = "-----BEGIN EC PRIVATE KEY-----\n" + body + "-----END EC PRIVATE KEY-----";
        String text = "before\n" + block + "\nafter";
        assertThat(secrets(text)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("pem-private-key");
            assertThat(d.start()).isEqualTo(text.indexOf("-----BEGIN"));
            assertThat(d.end()).isEqualTo(text.indexOf("\nafter"));
        });
        assertThat(ruleIds(block.replace("END EC", "END RSA"))).as("mismatched END").isEmpty();
    }

    @Test
    void serviceAccountKeyWinsOverThePemRuleInsideIt() {
        String pem = "-----BEGIN PRIVATE KEY-----\\n" + "WardFakeServiceAccountKey0123456789+/abcdefghijklmnop\\n".repeat(3)
                + "-----END PRIVATE KEY-----\\n";
        String json = "{\"type\": \"service_account\", \"project_id\": \"p\", \"private_key\": \"" + pem + "\"}";
        assertThat(ruleIds(json)).containsExactly("gcp-service-account-key");
    }

    @Test
    void keywordsMatchWhateverTheCase() {
        assertThat(ruleIds("DeepSeek_Api_Key: " + DEEPSEEK_KEY)).containsExactly("deepseek-api-key");
    }

    @Test
    void manySecretsInOneTextAreEachReportedOnce() {
        String ghp = "ghp_" + "WardFake0123456789abcdefghijklmnopqr".substring(0, 36);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("line ").append(i).append(" token=").append(ghp).append(" and ").append(OPENAI_LEGACY).append('\n');
        }
        List<Detection> found = secrets(text.toString());
        assertThat(found).hasSize(100);
        assertThat(found).extracting(Detection::ruleId).containsOnly("github-token", "openai-legacy-key");
        assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(Detection::start));
    }

    @Test
    void nonAsciiTextAroundASecretDoesNotHideIt() {
        String text = "Schlüssel für Größe — ключ: " + OPENAI_LEGACY + " ✓";
        assertThat(secrets(text)).singleElement().extracting(Detection::value).isEqualTo(OPENAI_LEGACY);
    }

    @Test
    void detectionToStringNeverShowsTheSecret() {
        Detection found = secrets("k=" + OPENAI_LEGACY).getFirst();
        assertThat(found.toString()).doesNotContain(OPENAI_LEGACY).doesNotContain("T3BlbkFJ");
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
