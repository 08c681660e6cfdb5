package dev.ward.models;

import dev.ward.core.Finding;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PickleChecksTest {

    private static final String DANGEROUS = ModelChecks.PICKLE_DANGEROUS_GLOBAL.id();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pickle/os_system_v0.pkl      | posix.system('echo ward-fixture')",
            "pickle/os_system_v4.pkl      | os.system('echo ward-fixture')",
            "pickle/builtins_eval.pkl     | builtins.eval('print(\\'ward-fixture\\')')",
            "pickle/subprocess_popen.pkl  | subprocess.Popen(['echo', 'ward-fixture'])",
            "pickle/runpy_run_code.pkl    | runpy._run_code('print(\\'ward-fixture\\')', {})",
            "pickle/webbrowser_open.pkl   | webbrowser.open('https://example.invalid/x')",
            "pickle/joblib_malicious.joblib | subprocess.check_output(['id'])",
    })
    void dangerousCallIsReportedWithItsExactCallChain(String fixture, String chain) {
        RecordingListener scan = Fixtures.scan(fixture);

        List<Finding> findings = scan.findings(DANGEROUS);
        assertThat(findings).as(scan.summary()).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.properties().get("chain")).isEqualTo(chain);
        assertThat(finding.message()).startsWith("Loading calls " + chain);
        assertThat(finding.properties()).containsKey("byteOffset");
        assertThat(finding.location().uri()).startsWith("file:").endsWith(fixture.substring(fixture.indexOf('/') + 1));
        assertThat(finding.controls()).extracting(c -> c.reference())
                .contains("OWASP-LLM03:2025", "ATLAS AML.T0010", "ATLAS AML.T0011.000", "CWE-502", "CWE-94");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pickle/benign_ordereddict.pkl", "pickle/benign_builtin_types.pkl",
            "pickle/benign_rebuild_tensor.pkl", "pickle/joblib_like.joblib"})
    void knownDataConstructorsRaiseNothing(String fixture) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).as(scan.summary()).isEmpty();
        assertThat(scan.assets()).singleElement().satisfies(a -> assertThat(a.attribute("format")).isEqualTo("pickle"));
    }

    @Test
    void unknownImportIsMediumAndNamed() {
        RecordingListener scan = Fixtures.scan("pickle/unknown_global.pkl");

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.PICKLE_UNKNOWN_GLOBAL.id());
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.message()).contains("sklearn.linear_model._base.LinearRegression");
        });
    }

    @Test
    void longArgumentsAreCutInTheChain() {
        Finding finding = Fixtures.scan("pickle/long_argument.pkl").findings(DANGEROUS).getFirst();

        assertThat(finding.properties().get("chain")).startsWith("os.system('echo AAAA").endsWith("…')").hasSizeLessThan(80);
    }

    @Test
    void truncatedPickleStillReportsTheImportItReachedAndSaysWhereItStopped() {
        RecordingListener scan = Fixtures.scan("pickle/truncated.pkl");

        assertThat(scan.findings(DANGEROUS)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("os.system").contains("no call seen"));
        assertThat(scan.findings(ModelChecks.UNPARSEABLE.id())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("truncated"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pickle/deep_marks.pkl  | nests more than",
            "pickle/huge_length.pkl | truncated",
            "pickle/empty.pkl       | empty file",
    })
    void hostileOrEmptyPicklesFailWithOneLine(String fixture, String reason) {
        RecordingListener scan = Fixtures.scan(fixture);

        assertThat(scan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ModelChecks.UNPARSEABLE.id());
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.message()).contains(reason).doesNotContain("\n");
        });
    }

    @Test
    void stackBoundIsEnforced() {
        ModelScanner tight = new ModelScanner(ScanLimits.defaults().withPickleBounds(2, 10));

        RecordingListener scan = Fixtures.scan("pickle/benign_builtin_types.pkl", tight);

        assertThat(scan.findings(ModelChecks.UNPARSEABLE.id())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("stack deeper than 2"));
    }
}
