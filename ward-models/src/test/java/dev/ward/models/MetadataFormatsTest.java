package dev.ward.models;

import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** GGUF chat templates and safetensors headers. */
class MetadataFormatsTest {

    @Test
    void normalChatTemplateAndLargeVocabularyRaiseNothing() {
        RecordingListener scan = Fixtures.scan("gguf/normal_template.gguf");

        assertThat(scan.findings()).as(scan.summary()).isEmpty();
        assertThat(scan.assets()).singleElement().satisfies(a -> assertThat(a.attribute("format")).isEqualTo("gguf"));
    }

    @Test
    void templateInjectionGadgetIsCriticalWithItsLine() {
        RecordingListener scan = Fixtures.scan("gguf/ssti_template.gguf");

        assertThat(scan.findings(ModelChecks.GGUF_TEMPLATE_CODE.id())).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.properties().get("templateLine")).isEqualTo("2");
            assertThat(f.properties().get("metadataKey")).isEqualTo("tokenizer.chat_template");
        });
        assertThat(scan.findings(ModelChecks.GGUF_TEMPLATE_CODE.id())).anySatisfy(f ->
                assertThat(f.message()).contains("reaches Python object internals").contains("cycler.__init__"));
        assertThat(scan.findings(ModelChecks.GGUF_TEMPLATE_INJECTION.id())).isEmpty();
    }

    @Test
    void hiddenInstructionAndLinkAreReported() {
        RecordingListener scan = Fixtures.scan("gguf/hidden_instruction.gguf");

        assertThat(scan.findings(ModelChecks.GGUF_TEMPLATE_INJECTION.id())).extracting(f -> f.properties().get("match"))
                .contains("Ignore all previous instructions", "https://pay.example.invalid");
        assertThat(scan.findings(ModelChecks.GGUF_TEMPLATE_CODE.id())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "gguf/lying_counts.gguf | more than the file can hold",
            "gguf/truncated.gguf    | truncated",
    })
    void hostileGgufFailsWithOneLine(String fixture, String reason) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.UNPARSEABLE.id());
            assertThat(f.message()).contains(reason);
        });
    }

    @Test
    void saneSafetensorsHeaderRaisesNothing() {
        RecordingListener scan = Fixtures.scan("safetensors/valid.safetensors");

        assertThat(scan.findings()).as(scan.summary()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "safetensors/huge_header.safetensors  | header length 1099511627776 exceeds",
            "safetensors/invalid_json.safetensors | header is not valid JSON",
            "safetensors/overlapping.safetensors  | tensor 'b' overlaps the previous tensor",
    })
    void brokenSafetensorsHeadersAreReported(String fixture, String problem) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.SAFETENSORS_INVALID_HEADER.id());
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.message()).contains(problem);
        });
    }
}
