package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.detect.ContentScanner;
import dev.ward.secrets.FakeSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content scan: chunk boundaries, positions, bad bytes and the ward:allow marker. */
class ContentScanTest {

    private final FakeSecrets fakes = new FakeSecrets(11);
    private final ContentScan scan = new ContentScan(new DetectionEngine(ContentScanner.standard()), 2);

    private RecordingSink scanStream(String name, byte[] data) throws IOException {
        return RecordingSink.streamed(scan, name, data);
    }

    @Test
    void secretsAcrossChunkBoundariesOfAHugeSingleLineAreEachFoundOnceWithTheirColumn() throws IOException {
        // Keys back to back on one 3 MB line: wherever a chunk boundary falls, it cuts through some key.
        StringBuilder line = new StringBuilder();
        java.util.Map<String, Integer> columns = new java.util.HashMap<>();
        while (line.length() < 3 * ContentScan.CHUNK_BYTES) {
            String key = fakes.openAi();
            columns.put(key, line.length() + 1);
            line.append(key).append(' ');
        }
        RecordingSink sink = scanStream("one-line.txt", line.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(sink.hits).hasSize(columns.size());
        for (SecretHit hit : sink.hits) {
            assertThat(hit.line()).isEqualTo(1);
            assertThat(columns.get(hit.detection().value())).as("column of a key").isEqualTo(hit.column());
        }
    }

    @Test
    void lineNumbersStayRightFarIntoALargeFile() throws IOException {
        String key = fakes.gitHub();
        StringBuilder text = new StringBuilder();
        int lines = 200_000;
        for (int i = 1; i <= lines; i++) {
            text.append(i == 150_000 ? "    token = \"" + key + "\"" : "line " + i + " of ordinary text").append('\n');
        }
        assertThat(text.length()).isGreaterThan(2 * ContentScan.CHUNK_BYTES);
        RecordingSink sink = scanStream("big.py", text.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(sink.secrets(key)).singleElement().satisfies(h -> {
            assertThat(h.line()).isEqualTo(150_000);
            assertThat(h.column()).isEqualTo(14);
        });
    }

    @Test
    void binaryContentIsSkippedAndCounted() throws IOException {
        byte[] data = ("\0\1\2" + fakes.openAi()).getBytes(StandardCharsets.US_ASCII);
        RecordingSink sink = scanStream("blob.bin", data);
        assertThat(sink.hits).isEmpty();
        assertThat(sink.skipped).containsEntry(HitSink.SkipReason.BINARY, 1);
    }

    @Test
    void invalidUtf8AroundASecretIsReplacedAndTheSecretStillFound() throws IOException {
        String key = fakes.openAi();
        byte[] prefix = {(byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, ' '};
        byte[] keyBytes = ("k=" + key + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[prefix.length + keyBytes.length + 1];
        System.arraycopy(prefix, 0, data, 0, prefix.length);
        System.arraycopy(keyBytes, 0, data, prefix.length, keyBytes.length);
        data[data.length - 1] = (byte) 0xE2;
        RecordingSink sink = scanStream("mixed.txt", data);
        assertThat(sink.secrets(key)).hasSize(1);
        assertThat(sink.skipped).containsEntry(HitSink.SkipReason.INVALID_UTF8, 1);
    }

    @Test
    void invalidUtf8InStreamedContentIsReportedToo() throws IOException {
        String key = fakes.openAi();
        byte[] filler = "abc ".repeat(ContentScan.WHOLE_BYTES / 2).getBytes(StandardCharsets.US_ASCII);
        filler[1000] = (byte) 0xFF;
        byte[] tail = (" " + key).getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[filler.length + tail.length];
        System.arraycopy(filler, 0, data, 0, filler.length);
        System.arraycopy(tail, 0, data, filler.length, tail.length);
        RecordingSink sink = scanStream("big-mixed.txt", data);
        assertThat(sink.secrets(key)).singleElement().satisfies(h -> assertThat(h.column()).isEqualTo(filler.length + 2));
        assertThat(sink.skipped).containsEntry(HitSink.SkipReason.INVALID_UTF8, 1);
    }

    @Test
    void wardAllowOnTheLineOrTheLineBeforeSuppresses() {
        String same = fakes.openAi();
        String before = fakes.openAi();
        String reported = fakes.openAi();
        String text = "a = \"" + same + "\"  # ward:allow test fixture\n"
                + "// ward:allow the next line is a documented sample\n"
                + "b = \"" + before + "\"\n"
                + "\n"
                + "c = \"" + reported + "\"\n";
        RecordingSink sink = RecordingSink.inMemory(scan, "allow.py", text.getBytes(StandardCharsets.UTF_8));
        assertThat(sink.secrets(same)).isEmpty();
        assertThat(sink.secrets(before)).isEmpty();
        assertThat(sink.secrets(reported)).singleElement().satisfies(h -> assertThat(h.line()).isEqualTo(5));
    }

    @Test
    void textWithoutSecretsGivesNoHits() {
        RecordingSink sink = RecordingSink.inMemory(scan, "plain.txt",
                "nothing to see here\nsk-proj-placeholder\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.hits).isEmpty();
    }
}
