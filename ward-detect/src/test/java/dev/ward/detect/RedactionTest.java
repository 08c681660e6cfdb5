package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Evidence;
import dev.ward.core.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With ward-detect on the class path, core's redactor masks what the detectors find, wherever text is scrubbed. */
class RedactionTest {

    private static final List<String> PLANTED = List.of(
            "sk-WardFakeAbcdEfgh1234T3BlbkFJWardFakeZyxwVuts9876",
            "ghp_WardFake0123456789abcdefghijklmnopqr",
            "AKIAWARDFAKEKEY23456",
            "Wr4dF4k3-dbpw",
            "jane.doe@example.org",
            "4526018159083012");

    private static String response() {
        return "HTTP/1.1 200 OK\n"
                + "{\"openai\": \"" + PLANTED.get(0) + "\", \"github\": \"" + PLANTED.get(1) + "\",\n"
                + " \"aws\": \"" + PLANTED.get(2) + "\", \"db\": \"postgres://app:" + PLANTED.get(3) + "@db:5432/app\",\n"
                + " \"owner\": \"" + PLANTED.get(4) + "\", \"card\": \"" + PLANTED.get(5) + "\"}";
    }

    @Test
    void theDetectorIsRegisteredWithTheStandardRedactor() {
        assertThat(Redactor.standard().finderCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void scrubNeverLeavesAPlantedSecretWhole() {
        String scrubbed = Redactor.standard().scrub(response());
        for (String secret : PLANTED) {
            assertThat(scrubbed).doesNotContain(secret);
        }
        assertThat(scrubbed).contains("HTTP/1.1 200 OK").contains("\"openai\"").contains("@db:5432/app");
    }

    @Test
    void evidenceNeverHoldsAPlantedSecretWhole() {
        Evidence evidence = Evidence.of("probe", "GET /config?key=" + PLANTED.get(0), response());
        for (String secret : PLANTED) {
            assertThat(evidence.request()).doesNotContain(secret);
            assertThat(evidence.response()).doesNotContain(secret);
            assertThat(evidence.toString()).doesNotContain(secret);
        }
    }

    @Test
    void aTranscriptIsMaskedAsAWhole() {
        String chat = "[{\"role\":\"user\",\"content\":\"my diagnosis is private\"},"
                + "{\"role\":\"assistant\",\"content\":\"I understand.\"}]";
        String scrubbed = Redactor.standard().scrub("history=" + chat);
        assertThat(scrubbed).startsWith("history=").doesNotContain("diagnosis").doesNotContain("I understand");
    }
}
