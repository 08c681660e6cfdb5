package dev.ward.models;

import dev.ward.core.Finding;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keras configs, TensorFlow SavedModel graphs and ONNX graphs. */
class SerializedGraphFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"keras/lambda.keras", "keras/lambda.h5"})
    void lambdaLayerIsReportedWithTheNamesItsBytecodeMentions(String fixture) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings(ModelChecks.KERAS_LAMBDA_LAYER.id())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.message()).contains("Lambda layer 'evil_lambda'").contains("os").contains("system");
        });
        assertThat(scan.findings()).as(scan.summary()).hasSize(1);
    }

    @Test
    void keras3ConfigFindingCarriesTheJsonLine() {
        Finding finding = Fixtures.scan("keras/lambda.keras").findings(ModelChecks.KERAS_LAMBDA_LAYER.id()).getFirst();

        assertThat(finding.location().line()).isGreaterThan(1);
        assertThat(finding.properties().get("entry")).isEqualTo("config.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"keras/plain.keras", "keras/plain.h5", "tensorflow/benign/saved_model.pb", "onnx/standard.onnx"})
    void ordinaryModelsRaiseNothing(String fixture) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).as(scan.summary()).isEmpty();
    }

    @Test
    void kerasObjectFromADangerousModuleIsCritical() {
        RecordingListener scan = Fixtures.scan("keras/custom_module.keras");

        assertThat(scan.findings(ModelChecks.KERAS_CUSTOM_MODULE.id())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).contains("builtins.eval");
        });
    }

    @Test
    void savedModelFileAndPythonOpsAreReportedButCheckpointOpsAreNot() {
        List<Finding> findings = Fixtures.scan("tensorflow/unsafe/saved_model.pb").findings(ModelChecks.TENSORFLOW_UNSAFE_OP.id());

        assertThat(findings).extracting(f -> f.properties().get("op")).containsExactlyInAnyOrder("ReadFile", "WriteFile", "PyFunc");
        assertThat(findings).filteredOn(f -> f.properties().get("op").equals("PyFunc"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(f.message()).contains("function __inference_serve_7");
                });
        assertThat(findings).allSatisfy(f -> assertThat(f.properties()).containsKey("byteOffset"));
    }

    @Test
    void onnxCustomDomainAndEscapingExternalDataAreReported() {
        RecordingListener scan = Fixtures.scan("onnx/custom_op.onnx");

        assertThat(scan.findings(ModelChecks.ONNX_CUSTOM_OPERATOR.id())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("com.example.evil::Backdoor"));
        assertThat(scan.findings(ModelChecks.ONNX_EXTERNAL_DATA_PATH.id())).singleElement()
                .satisfies(f -> assertThat(f.properties().get("location")).isEqualTo("../../../etc/passwd"));
    }

    @Test
    void externalDataLocationRules() {
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("weights/w.bin")).isFalse();
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("w..bin")).isFalse();
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("../w.bin")).isTrue();
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("a\\..\\..\\w.bin")).isTrue();
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("/etc/passwd")).isTrue();
        assertThat(dev.ward.models.format.OnnxFormatAccess.escapes("C:\\secrets")).isTrue();
    }
}
