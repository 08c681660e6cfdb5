package dev.ward.cli;

import dev.ward.detect.ContentScanner;
import dev.ward.detect.hyperscan.NativePatterns;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;

/** Ward's entry point. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage error, 3 scan error. */
public final class Main {

    private Main() {
    }

    /** Commands that scan bulk content, for which the native keyword pass is worth preparing at once. */
    private static final Set<String> BULK_SCANS = Set.of("secrets", "scan");

    public static void main(String[] args) {
        // Loading the detector rules is the costliest part of start-up; it runs on the other core while the command
        // line is parsed and the first probes wait on the network. A daemon thread never delays exit.
        boolean bulk = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().filter(BULK_SCANS::contains)
                .isPresent();
        if (bulk) {
            // Binding the native library's functions takes as long as loading the rules, and needs nothing from them.
            Thread.ofPlatform().daemon().name("ward-native-load").start(() -> {
                NativePatterns.available();
                ProcessExit.prepare();
            });
        }
        Thread.ofPlatform().daemon().name("ward-detector-warmup").start(() -> {
            ContentScanner scanner = ContentScanner.standard();
            if (bulk) {
                scanner.startNativePass();
            } else {
                ProcessExit.prepare();
            }
        });
        ProcessExit.now(run(args));
    }

    static int run(String... args) {
        CommandLine cl = WardCommand.commandLine(args);
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }
}
