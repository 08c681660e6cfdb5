package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {

    /** A protocol-0 pickle that calls os.system when loaded: GLOBAL os system, a one-string tuple, REDUCE. */
    private static final String SYSTEM_CALL_PICKLE = "cos\nsystem\n(S'echo owned'\ntR.";
    private static final String PLAIN_LIST_PICKLE = "(lp0\nS'a'\np1\naS'b'\np2\na.";

    @Test
    void flagsAPickleThatRunsAShellCommandAndGatesOnIt(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("model.pkl"), SYSTEM_CALL_PICKLE, StandardCharsets.ISO_8859_1);
        Path report = dir.resolve("r.sarif");
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("models", bad.toString(), "-f", "sarif", "-o", report.toString(),
                "--fail-on", "high");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.FAILED_GATE);
        assertThat(Files.readString(report)).contains("model.pickle.dangerous-global").contains("system");
    }

    @Test
    void aPlainPickleIsClean(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("list.pkl"), PLAIN_LIST_PICKLE, StandardCharsets.ISO_8859_1);
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("models", good.toString(), "--fail-on", "medium");
        assertThat(run.code()).as(run.out()).isEqualTo(ExitCode.CLEAN);
    }

    @Test
    void aMissingPathIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("models", "/no/such/model.pt");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no such file or folder: /no/such/model.pt");
    }
}
