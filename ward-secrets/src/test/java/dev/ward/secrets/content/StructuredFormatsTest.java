package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ward.detect.ContentScanner;
import dev.ward.secrets.FakeSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Notebooks and HAR files: a match is named by its cell and line, or its entry and field. */
class StructuredFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeSecrets fakes = new FakeSecrets(37);
    private final ContentScan scan = new ContentScan(new DetectionEngine(ContentScanner.standard()), 2);

    private RecordingSink scan(String name, String text) {
        return RecordingSink.inMemory(scan, name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void notebookSourceAndOutputAreNamedByCellAndLine() throws Exception {
        String inSource = fakes.openAi();
        String inOutput = fakes.anthropic();
        ObjectNode notebook = JSON.createObjectNode();
        ArrayNode cells = notebook.putArray("cells");
        cells.addObject().put("cell_type", "markdown").putArray("source").add("# Demo\n");
        ObjectNode code = cells.addObject().put("cell_type", "code");
        code.putArray("source").add("import os\n").add("client = OpenAI(api_key=\"" + inSource + "\")\n");
        ObjectNode output = code.putArray("outputs").addObject().put("output_type", "stream").put("name", "stdout");
        output.putArray("text").add("loaded\n").add("debug: ANTHROPIC_API_KEY=" + inOutput + "\n");
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(notebook);
        RecordingSink sink = scan("demo.ipynb", text);
        assertThat(sink.secrets(inSource)).singleElement().satisfies(h -> {
            assertThat(h.context()).isEqualTo("cell 2, line 2");
            assertThat(text.lines().toList().get(h.line() - 1)).contains(inSource.substring(0, 20));
        });
        assertThat(sink.secrets(inOutput)).singleElement()
                .satisfies(h -> assertThat(h.context()).isEqualTo("cell 2, output 1, line 2"));
    }

    @Test
    void harHeadersAndBase64BodiesAreScanned() throws Exception {
        String header = fakes.openAi();
        String body = fakes.stripeLive();
        ObjectNode har = JSON.createObjectNode();
        ArrayNode entries = har.putObject("log").put("version", "1.2").putArray("entries");
        ObjectNode entry = entries.addObject();
        ObjectNode request = entry.putObject("request").put("method", "GET").put("url", "https://api.example.com/v1/x");
        request.putArray("headers").addObject().put("name", "Authorization").put("value", "Bearer " + header);
        ObjectNode content = entry.putObject("response").put("status", 200).putObject("content");
        content.put("mimeType", "application/json").put("encoding", "base64")
                .put("text", Base64.getEncoder().encodeToString(("{\"stripe_key\": \"" + body + "\"}").getBytes(StandardCharsets.UTF_8)));
        RecordingSink sink = scan("session.har", JSON.writeValueAsString(har));
        assertThat(sink.secrets(header)).singleElement()
                .satisfies(h -> assertThat(h.context()).isEqualTo("entry 1, request.headers.0.value"));
        assertThat(sink.secrets(body)).singleElement().satisfies(h -> {
            assertThat(h.encoding()).isEqualTo("base64");
            assertThat(h.context()).isEqualTo("entry 1, response.content.text");
        });
    }

    @Test
    void brokenJsonInANotebookIsStillScannedAsText() {
        String key = fakes.openAi();
        RecordingSink sink = scan("broken.ipynb", "{\"cells\": [ {\"source\": [\"k = '" + key + "'\"  ,,, ");
        assertThat(sink.secrets(key)).singleElement().satisfies(h -> assertThat(h.context()).isEqualTo("cell 1, line 1"));
    }
}
