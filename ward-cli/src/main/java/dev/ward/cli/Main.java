package dev.ward.cli;

import dev.ward.detect.ContentScanner;
import picocli.CommandLine;

/** Ward's entry point. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage error, 3 scan error. */
public final class Main {

    private Main() {
    }

    static {
        // hcl4j logs through SLF4J; Ward has no logging back end, so SLF4J is told so instead of warning on stderr.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }

    public static void main(String[] args) {
        // Loading the detector rules is the costliest part of start-up; it runs on the other core while the command
        // line is parsed and the first probes wait on the network. A daemon thread never delays exit.
        Thread.ofPlatform().daemon().name("ward-detector-warmup").start(ContentScanner::standard);
        System.exit(run(args));
    }

    static int run(String... args) {
        return WardCommand.commandLine(args).execute(args);
    }
}
