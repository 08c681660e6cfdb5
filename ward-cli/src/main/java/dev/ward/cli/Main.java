package dev.ward.cli;

import picocli.CommandLine;

/** Ward's entry point. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage error, 3 scan error. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return WardCommand.commandLine().execute(args);
    }
}
