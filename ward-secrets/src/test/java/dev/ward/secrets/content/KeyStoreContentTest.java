package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.detect.ContentScanner;
import dev.ward.testkit.Pkcs12Stores;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** PKCS#12 key stores in the content path: opened before the binary sniffer would skip them. */
class KeyStoreContentTest {

    private final ContentScan scan = new ContentScan(new DetectionEngine(ContentScanner.standard()), 2);

    private RecordingSink scan(String name, byte[] data) throws IOException {
        return RecordingSink.streamed(scan, name, data);
    }

    @Test
    void aGcpKeyStoreIsOneHitAtTheStartOfTheFile() throws IOException {
        RecordingSink sink = scan("keys/service-account.p12", Pkcs12Stores.withPrivateKey("notasecret"));

        assertThat(sink.hits).singleElement().satisfies(hit -> {
            assertThat(hit.detection().ruleId()).isEqualTo("gcp-p12-service-account-key");
            assertThat(hit.line()).isEqualTo(1);
            assertThat(hit.column()).isEqualTo(1);
            assertThat(hit.detection().value()).startsWith("sha256:").hasSize(7 + 64);
            assertThat(hit.decoded()).isFalse();
        });
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void theStoreIsRecognisedByItsContentWhateverItsName() throws IOException {
        RecordingSink sink = scan("build/output.bin", Pkcs12Stores.withPrivateKey(""));

        assertThat(sink.hits).singleElement()
                .satisfies(hit -> assertThat(hit.detection().ruleId()).isEqualTo("pkcs12-private-key-weak-password"));
    }

    @Test
    void aStoreThatDoesNotOpenIsSkippedAsBinaryLikeAnyOtherBinaryFile() throws IOException {
        byte[] strong = Pkcs12Stores.withPrivateKey("Ward-strong-3f9c1a7e-pass");
        byte[] truncated = Arrays.copyOf(Pkcs12Stores.withPrivateKey("notasecret"), 500);

        for (byte[] content : new byte[][] {strong, truncated}) {
            RecordingSink sink = scan("cert.pfx", content);
            assertThat(sink.hits).isEmpty();
            assertThat(sink.problems).isEmpty();
            assertThat(sink.skipped).containsEntry(HitSink.SkipReason.BINARY, 1);
        }
    }

    @Test
    void theSameBytesInMemoryGiveTheSameHit() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        RecordingSink sink = RecordingSink.inMemory(scan, "a.p12", store);

        assertThat(sink.hits).hasSize(1);
    }
}
