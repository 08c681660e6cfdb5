package dev.ward.models;

import dev.ward.core.Finding;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PyTorch zip and legacy tar, NumPy arrays: pickles found inside containers, and clean containers left alone. */
class ContainerFormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "torch/zip_malicious.pt       | zip   | archive/data.pkl | posix.system('echo ward-fixture')",
            "torch/legacy_malicious.tar   | tar   | pickle           | builtins.exec('print(\\'ward-fixture\\')')",
            "numpy/object_malicious.npy   | numpy |                  | posix.system('echo ward-fixture')",
    })
    void pickleInsideAContainerIsFoundAndLocated(String fixture, String format, String entry, String chain) {
        RecordingListener scan = Fixtures.scan(fixture);

        Finding finding = scan.findings(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id()).getFirst();
        assertThat(finding.properties().get("chain")).isEqualTo(chain);
        assertThat(finding.properties().get("entry")).isEqualTo(entry);
        assertThat(scan.assets()).singleElement().satisfies(a -> assertThat(a.attribute("format")).isEqualTo(format));
    }

    @Test
    void objectArrayOffsetsAreFileOffsets() {
        Finding finding = Fixtures.scan("numpy/object_malicious.npy").findings(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id()).getFirst();

        // the pickle starts after the 10-byte preamble and the 118-byte header; REDUCE is its last opcode but one
        assertThat(Long.parseLong(finding.properties().get("byteOffset"))).isGreaterThan(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"torch/zip_benign.pt", "torch/legacy_benign.tar", "numpy/numeric.npy", "numpy/object_benign.npy"})
    void cleanContainersRaiseNothing(String fixture) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).as(scan.summary()).isEmpty();
    }

    @Test
    void decompressionBombDeclaredInTheDirectoryIsReportedWithoutInflating() {
        RecordingListener scan = Fixtures.scan("hostile/ratio_bomb.zip");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.ARCHIVE_BOMB.id());
            assertThat(f.message()).contains("data.pkl declares 67108876 bytes");
        });
    }

    @Test
    void bombThatLiesAboutItsSizeIsStoppedWhileInflating() {
        RecordingListener scan = Fixtures.scan("hostile/lying_size_bomb.zip");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.ARCHIVE_BOMB.id());
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.message()).contains("inflates past").contains("ratio over 200:1");
        });
    }

    @Test
    void archivesNestedTooDeepAreNotOpened() {
        RecordingListener scan = Fixtures.scan("hostile/nested.zip");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.ARCHIVE_BOMB.id());
            assertThat(f.message()).contains("nested more than 3 deep");
        });
    }

    @Test
    void nestingWithinTheLimitIsFollowedToThePickle() {
        ScanLimits deeper = new ScanLimits(10, 8, 6, 100, 200, 1L << 30, 1 << 20, 1000, 100,
                java.time.Duration.ofSeconds(30), 2);

        RecordingListener scan = Fixtures.scan("hostile/nested.zip", new ModelScanner(deeper));

        assertThat(scan.findings(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id())).singleElement()
                .satisfies(f -> assertThat(f.properties().get("entry"))
                        .isEqualTo("layer4.zip!/layer3.zip!/layer2.zip!/layer1.zip!/layer0.zip!/data.pkl"));
    }

    @Test
    void overlappingEntriesAreReportedAndReadOnce() {
        RecordingListener scan = Fixtures.scan("hostile/overlapping.zip");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.ARCHIVE_BOMB.id());
            assertThat(f.message()).contains("1 zip entries reuse another entry's data");
        });
    }

    @Test
    void truncatedZipFailsWithOneLine() {
        RecordingListener scan = Fixtures.scan("hostile/truncated.zip");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.UNPARSEABLE.id());
            assertThat(f.message()).contains("no zip central directory");
        });
    }
}
