package dev.ward.cli;

import dev.ward.detect.ContentScanner;
import picocli.CommandLine;

/** Ward's entry point. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage error, 3 scan error. */
public final class Main {

    private Main() {
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
