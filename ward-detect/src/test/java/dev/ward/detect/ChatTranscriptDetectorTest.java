package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTranscriptDetectorTest {

    private final ChatTranscriptDetector detector = new ChatTranscriptDetector();

    @Test
    void openAiMessagesArrayIsOneTranscriptCoveringTheMessages() {
        String messages = """
                [{"role": "system", "content": "You are helpful."},
                 {"role": "user", "content": "My account number is 1234, why was I charged twice?"},
                 {"role": "assistant", "content": "Let me look into the {duplicate} charge."}]""";
        String body = "{\"model\": \"gpt-4o\", \"messages\": " + messages + ", \"temperature\": 0.2}";
        List<Detection> found = detector.detect(body);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.CHAT_TRANSCRIPT);
            assertThat(d.label()).isEqualTo("chat transcript");
            assertThat(d.start()).isEqualTo(body.indexOf("{\"role\": \"system\""));
            assertThat(d.end()).isEqualTo(body.indexOf("]", body.indexOf("duplicate")));
            assertThat(d.value()).contains("charged twice").contains("duplicate");
        });
    }

    @Test
    void anthropicAndGeminiShapesAreRecognised() {
        String anthropic = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi there\"}]},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Hello!\"}]}]}";
        assertThat(detector.detect(anthropic)).hasSize(1);
        String gemini = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Summarise my notes\"}]}]}";
        assertThat(detector.detect(gemini)).hasSize(1);
    }

    @Test
    void distantMessagesAreSeparateTranscripts() {
        String one = "{\"role\":\"user\",\"content\":\"first conversation\"}";
        String two = "{\"role\":\"user\",\"content\":\"second conversation\"}";
        assertThat(detector.detect(one + " ".repeat(1000) + two)).hasSize(2);
    }

    @Test
    void rolesWithoutContentOrPartyAreNotTranscripts() {
        assertThat(detector.detect("{\"role\": \"admin\", \"content\": \"x\"}")).isEmpty();
        assertThat(detector.detect("{\"user\": \"bob\", \"role\": \"user\"}")).as("no content").isEmpty();
        assertThat(detector.detect("{\"role\": \"system\", \"content\": \"You are a bot.\"}")).as("system only").isEmpty();
        assertThat(detector.detect("grant role \"user\" to bob")).isEmpty();
    }

    @Test
    void plainTextTurnsAreOneTranscript() {
        String chat = """
                Some notes first.

                User: Can you draft a letter to my landlord?
                Assistant: Of course. Here is a draft:
                Dear Mr. Smith,
                I am writing about the heating.
                User: Make it shorter please.
                Assistant: Sure, here is a shorter version.
                """;
        List<Detection> found = detector.detect(chat);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(chat.indexOf("User:"));
            assertThat(d.end()).isEqualTo(chat.indexOf("shorter version.") + "shorter version.".length());
        });
    }

    @Test
    void otherSpeakerLabelsWork() {
        assertThat(detector.detect("Human: what is 2+2?\n\nAI: It is 4, of course.")).hasSize(1);
        assertThat(detector.detect("**user:** hello there\n**assistant:** hi, how can I help?")).hasSize(1);
    }

    @Test
    void loneLabelsFormsAndLogLinesAreNotTranscripts() {
        assertThat(detector.detect("User: admin\nPassword: hunter2\nRole: operator")).isEmpty();
        assertThat(detector.detect("2024-05-01 12:00:01 INFO User: bob logged in\n"
                + "2024-05-01 12:00:02 INFO Assistant: job finished")).isEmpty();
        assertThat(detector.detect("user: postgres\nassistant: enabled\n")).as("config keys, no sentences").isEmpty();
        assertThat(detector.detect("User: Please reset my password now.")).as("only one side").isEmpty();
    }
}
