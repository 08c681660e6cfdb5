package dev.ward.models;

import dev.ward.core.AssetKind;
import dev.ward.core.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelScannerTest {

    @Test
    void walksDirectoriesOnceThroughLinkLoopsAndSkipsFilesThatAreNoModel(@TempDir Path dir) throws IOException {
        Path models = Files.createDirectories(dir.resolve("models/sub"));
        Files.copy(Fixtures.path("pickle/os_system_v4.pkl"), models.resolve("evil.pkl"));
        Files.copy(Fixtures.path("safetensors/valid.safetensors"), dir.resolve("models/ok.safetensors"));
        Files.writeString(dir.resolve("models/README.md"), "# not a model\n");
        Files.createSymbolicLink(models.resolve("loop"), dir.resolve("models"));
        Files.createSymbolicLink(dir.resolve("models/alias.pkl"), models.resolve("evil.pkl"));

        RecordingListener scan = new RecordingListener();
        new ModelScanner().scan(List.of(dir), scan);

        assertThat(scan.assets()).extracting(a -> a.address().substring(a.address().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("evil.pkl", "ok.safetensors");
        assertThat(scan.assets()).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AssetKind.MODEL_ARTIFACT);
            assertThat(a.address()).startsWith("file:///");
        });
        assertThat(scan.findings(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id())).hasSize(1);
    }

    @Test
    void explicitlyNamedFileThatIsNoModelGetsOneLowFinding(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        RecordingListener scan = new RecordingListener();
        new ModelScanner().scan(List.of(text, dir.resolve("missing.pkl")), scan);

        assertThat(scan.findings()).hasSize(2).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo(ModelChecks.UNPARSEABLE.id()));
        assertThat(scan.findings()).extracting(f -> f.message())
                .anySatisfy(m -> assertThat(m).contains("not a recognised model format"))
                .anySatisfy(m -> assertThat(m).startsWith("cannot read"));
    }

    @Test
    void manyFilesAreScannedConcurrentlyWithEveryFindingDelivered(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 200; i++) {
            Files.copy(Fixtures.path(i % 2 == 0 ? "pickle/os_system_v0.pkl" : "pickle/benign_ordereddict.pkl"),
                    dir.resolve("m" + i + ".pkl"));
        }

        RecordingListener scan = new RecordingListener();
        new ModelScanner().scan(List.of(dir), scan);

        assertThat(scan.assets()).hasSize(200);
        assertThat(scan.findings()).hasSize(100);
    }

    @Test
    void everyCheckHasAUniqueIdAndMapsToSupplyChain() {
        assertThat(ModelScanner.checks().all()).hasSize(13)
                .allSatisfy(c -> assertThat(c.info().controls()).contains(Control.owaspLlm("LLM03", "Supply Chain")))
                .allSatisfy(c -> assertThat(c.info().remediation()).isNotBlank());
    }

    @Test
    void contentWinsOverTheFileName(@TempDir Path dir) throws IOException {
        Path disguised = Files.copy(Fixtures.path("torch/zip_malicious.pt"), dir.resolve("weights.safetensors"));

        RecordingListener scan = new RecordingListener();
        new ModelScanner().scan(List.of(disguised), scan);

        assertThat(scan.assets()).singleElement().satisfies(a -> assertThat(a.attribute("format")).isEqualTo("zip"));
        assertThat(scan.findings(ModelChecks.PICKLE_DANGEROUS_GLOBAL.id())).hasSize(1);
    }
}
