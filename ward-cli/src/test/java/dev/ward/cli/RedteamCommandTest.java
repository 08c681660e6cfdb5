package dev.ward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Flag handling only; scoring against wire-protocol test doubles is tested in ward-redteam. */
class RedteamCommandTest {

    @Test
    void dryRunEstimatesWithoutSendingAnything() {
        // Port 9 on loopback (discard) is never contacted: a dry run sends nothing.
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("redteam", "--target", "http://127.0.0.1:9/v1", "--model", "m",
                "--categories", "prompt-injection,jailbreak", "--samples", "2", "--dry-run");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\d+ probes, \\d+ requests");
    }

    @Test
    void unknownProviderIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("redteam", "--target", "http://127.0.0.1:9", "--model", "m",
                "--provider", "skynet");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown provider 'skynet'");
    }

    @Test
    void unknownCategoryIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("redteam", "--target", "http://127.0.0.1:9", "--model", "m",
                "--categories", "mind-control", "--dry-run");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("mind-control");
    }

    @Test
    void missingTargetIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("redteam", "--model", "m");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--target");
    }

    @Test
    void badHeaderIsAUsageError() {
        CommandLineUsageTest.Run run = CommandLineUsageTest.run("redteam", "--target", "http://127.0.0.1:9", "--model", "m",
                "--header", "no-colon-here", "--dry-run");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'Name: value'");
    }
}
