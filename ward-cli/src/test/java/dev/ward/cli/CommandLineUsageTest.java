package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad input must give exit code 2 and one clear line, before any traffic is sent. */
class CommandLineUsageTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WardCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unknownSeverityIsAUsageError() {
        Run r = run("surface", "127.0.0.1", "--fail-on", "severe");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown severity 'severe'").contains("ward surface --help");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("surface", "127.0.0.1", "--format", "pdf");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("pdf");
    }

    @Test
    void badPortListIsAUsageError() {
        Run r = run("surface", "127.0.0.1", "--ports", "70000");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("70000");
    }

    @Test
    void badTargetIsAUsageError() {
        Run r = run("surface", "300.1.2.3/99");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("300.1.2.3/99");
        assertThat(r.err().lines().count()).isEqualTo(2);
    }

    @Test
    void missingTargetIsAUsageError() {
        Run r = run("surface");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("TARGET");
    }

    @Test
    void badDurationIsAUsageError() {
        Run r = run("surface", "127.0.0.1", "--budget", "forever");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'forever' is not a duration");
    }

    @Test
    void outputIntoMissingFolderIsAUsageError() {
        Run r = run("surface", "127.0.0.1", "--format", "json", "--output", "/nonexistent-dir/x.json");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("/nonexistent-dir");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("attack");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("scan", "surface", "secrets", "posture", "models", "redteam", "help");
    }

    @Test
    void helpForOneCommandNamesItUnderWard() {
        Run r = run("help", "surface");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: ward surface");
    }

    @Test
    void versionPrintsTheTool() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("ward ");
    }
}
