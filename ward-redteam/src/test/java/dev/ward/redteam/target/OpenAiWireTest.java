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
}
