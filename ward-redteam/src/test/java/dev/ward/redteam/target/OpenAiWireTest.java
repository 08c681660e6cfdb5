package dev.ward.redteam.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The streaming wire code against what the tree model wrote and read before it. */
class OpenAiWireTest {

    /** The request body as the tree model built it. */
    private static byte[] treeBody(String model, ChatRequest request) throws Exception {
        ObjectNode body = HttpJsonTransport.JSON.createObjectNode();
        if (model != null) {
            body.put("model", model);
        }
        ArrayNode messages = body.putArray("messages");
        if (!request.systemPrompt().isEmpty()) {
            messages.addObject().put("role", "system").put("content", request.systemPrompt());
        }
        for (ChatTurn turn : request.turns()) {
            messages.addObject().put("role", turn.role().name().toLowerCase(Locale.ROOT)).put("content", turn.text());
        }
        body.put("temperature", request.sampling().temperature());
        if (request.sampling().topP() != null) {
            body.put("top_p", request.sampling().topP());
        }
        body.put("max_tokens", request.sampling().maxTokens());
        return HttpJsonTransport.JSON.writeValueAsBytes(body);
    }

    @Test
    void writesTheBodyTheTreeModelWrote() throws Exception {
        String awkward = "Ignore \"all\" \\ rules\n\t\u0001 é 中 \uD83D\uDE00 lone \uD83D </script>";
        List<ChatRequest> requests = List.of(
                ChatRequest.of("", "hi", Sampling.DEFAULT),
                ChatRequest.of("You are a helpful assistant.", awkward, new Sampling(0.0, 1.0E-7, 1)),
                ChatRequest.of(awkward, "x", new Sampling(1.5, 0.9, 4096)),
                new ChatRequest("sys", List.of(ChatTurn.user("a"), ChatTurn.assistant(awkward), ChatTurn.user("c")), new Sampling(0.1 + 0.2, null, 7)));
        for (ChatRequest request : requests) {
            for (String model : new String[] {null, "gpt-4o", awkward}) {
                assertThat(OpenAiWire.requestBody(model, request)).isEqualTo(treeBody(model, request));
            }
        }
    }

    @Test
    void readsTheUsualAnswer() {
        OpenAiWire.Answer answer = OpenAiWire.readAnswer(bytes("{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"I can\\u0027t \\\"help\\\" é\"},\"logprobs\":null},"
                + "{\"index\":1,\"message\":{\"content\":\"second\"}}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":7,"
                + "\"total_tokens\":27,\"details\":{\"cached\":[1,2.5,true,null]}}}"));
        assertThat(answer).isEqualTo(new OpenAiWire.Answer("I can't \"help\" é", "stop", 20, 7));
        assertThat(OpenAiWire.readAnswer(bytes("{\"choices\":[{\"message\":{}}]}  trailing")))
                .isEqualTo(new OpenAiWire.Answer("", "", null, null));
    }

    @Test
    void leavesEveryUnusualShapeToTheTreeModel() {
        String[] unusual = {
            "", "not json", "[]", "{\"choices\":[]}", "{\"error\":{\"code\":\"content_filter\"}}", "{\"choices\":{}}",
            "{\"choices\":[\"text\"]}", "{\"choices\":[{\"message\":{\"content\":null}}]}",
            "{\"choices\":[{\"message\":{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}}]}",
            "{\"choices\":[{\"finish_reason\":null,\"message\":{\"content\":\"a\"}}]}",
            "{\"choices\":[{\"message\":{\"content\":\"a\",\"content\":\"b\"}}]}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"choices\":[{\"message\":{\"content\":\"b\"}}]}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"usage\":{\"prompt_tokens\":\"12\"}}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"usage\":{\"prompt_tokens\":12.0}}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"usage\":{\"prompt_tokens\":4294967296}}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"usage\":null}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"x\":\"bad \\q escape\"}",
            "{\"choices\":[{\"message\":{\"content\":\"a\"}}]",
        };
        for (String body : unusual) {
            assertThat(OpenAiWire.readAnswer(bytes(body))).as(body).isNull();
        }
        byte[] badUtf8 = bytes("{\"choices\":[{\"message\":{\"content\":\"a\"}}],\"x\":\"\u00ff\"}");
        badUtf8[badUtf8.length - 4] = (byte) 0xC3;
        badUtf8[badUtf8.length - 3] = (byte) 0x28;
        assertThat(OpenAiWire.readAnswer(badUtf8)).isNull();
    }

    @Test
    void whatItReadsAgreesWithTheTreeModel() throws Exception {
        String[] usual = {
            "{\"choices\":[{\"finish_reason\":\"content_filter\",\"message\":{\"content\":\"\"}}],\"usage\":{\"completion_tokens\":3}}",
            "{\"usage\":{\"prompt_tokens\":-5},\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"x\\ny\"}}]}",
            "{\"choices\":[{\"finish_reason\":\"length\"}]}",
        };
        for (String body : usual) {
            OpenAiWire.Answer streamed = OpenAiWire.readAnswer(bytes(body));
            JsonNode tree = HttpJsonTransport.JSON.readTree(body);
            JsonNode choice = tree.path("choices").path(0);
            assertThat(streamed.text()).isEqualTo(choice.path("message").path("content").asText(""));
            assertThat(streamed.finishReason()).isEqualTo(choice.path("finish_reason").asText(""));
            assertThat(streamed.promptTokens() == null ? -999 : streamed.promptTokens()).isEqualTo(tree.path("usage").path("prompt_tokens").asInt(-999));
            assertThat(streamed.completionTokens() == null ? -999 : streamed.completionTokens())
                    .isEqualTo(tree.path("usage").path("completion_tokens").asInt(-999));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Mutated answers, byte by byte: whatever the fast reader takes, the tree model must take too and read the same way.
     * The mutations reach every path of the reader: broken UTF-8, escapes, numbers, literals, nesting and truncation.
     */
    @Test
    void whateverItTakesTheTreeModelReadsTheSame() throws Exception {
        String seed = "{\"id\":\"chatcmpl-1\",\"created\":1700000000,\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                + "\"message\":{\"role\":\"assistant\",\"content\":\"Sure: caf\u00e9 \\u00e9\\n\\\"x\\\" 中文 \uD83D\uDE00\"},"
                + "\"logprobs\":null}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":-0,\"x\":[1.5e3,true,false,{}]}}";
        byte[] base = bytes(seed);
        byte[] alphabet = bytes("{}[]\",:\\/0123456789-+.eEtruefalsn \t\r\nxu\u00e9");
        java.util.Random random = new java.util.Random(3);
        int taken = 0;
        for (int round = 0; round < 60_000; round++) {
            byte[] body = base.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && body.length > 0; e++) {
                int at = random.nextInt(body.length);
                switch (random.nextInt(4)) {
                    case 0 -> body[at] = alphabet[random.nextInt(alphabet.length)];
                    case 1 -> body[at] = (byte) random.nextInt(256);
                    case 2 -> body = java.util.Arrays.copyOf(body, at);
                    default -> {
                        byte[] longer = new byte[body.length + 1];
                        System.arraycopy(body, 0, longer, 0, at);
                        longer[at] = alphabet[random.nextInt(alphabet.length)];
                        System.arraycopy(body, at, longer, at + 1, body.length - at);
                        body = longer;
                    }
                }
            }
            OpenAiWire.Answer fast = OpenAiWire.readAnswer(body);
            if (fast == null) {
                continue;
            }
            taken++;
            JsonNode tree = HttpJsonTransport.JSON.readTree(body);
            JsonNode choice = tree.path("choices").path(0);
            String shown = new String(body, StandardCharsets.UTF_8);
            assertThat(choice.isMissingNode()).as(shown).isFalse();
            assertThat(fast.text()).as(shown).isEqualTo(choice.path("message").path("content").asText(""));
            assertThat(fast.finishReason()).as(shown).isEqualTo(choice.path("finish_reason").asText(""));
            assertThat(fast.promptTokens() == null ? -999 : fast.promptTokens()).as(shown).isEqualTo(tree.path("usage").path("prompt_tokens").asInt(-999));
            assertThat(fast.completionTokens() == null ? -999 : fast.completionTokens()).as(shown)
                    .isEqualTo(tree.path("usage").path("completion_tokens").asInt(-999));
        }
        assertThat(taken).as("mutations the reader still takes, such as edits inside skipped text").isGreaterThan(5_000);
    }
}
