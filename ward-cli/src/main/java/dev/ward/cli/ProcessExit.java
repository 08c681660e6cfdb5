package dev.ward.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends the process once Ward's work is done and its output flushed. The JVM's own exit waits up to 300 ms for every
 * thread blocked in native code to stop, and the platform thread that polls sockets for virtual threads always is:
 * every run that touched the network paid 0.3 s at exit for nothing. libc's {@code _exit} ends the process at once.
 * Ward registers no shutdown hook that must run then (the surface scan's Ctrl-C hook is removed when the scan ends),
 * and every report file is closed before this is called. Without native access, or without {@code _exit}, this is
 * {@link System#exit}. So is {@code -Dward.exit=jvm}, which lets a flight recording or perf map be written at exit.
 *
 * <p>Binding {@code _exit} generates classes for about 10 ms, which {@link #prepare} does on another thread while the
 * command runs, rather than at the end of every run.
 */
final class ProcessExit {

    private ProcessExit() {
    }

    /** {@code _exit}, bound when the class is first used: the JVM makes that happen once, on one thread. */
    private static final class Bound {
        static final Optional<MethodHandle> EXIT = libcExit();
    }

    /** Binds {@code _exit} now, so that {@link #now} does not have to. */
    static void prepare() {
        Objects.requireNonNull(Bound.EXIT);
    }

    static void now(int code) {
        System.out.flush();
        System.err.flush();
        Optional<MethodHandle> handle = Bound.EXIT;
        if (handle.isPresent()) {
            try {
                handle.get().invokeExact(code);
            } catch (Throwable fallThrough) {
                // System.exit below ends the process
            }
        }
        System.exit(code);
    }

    private static Optional<MethodHandle> libcExit() {
        if (!ProcessExit.class.getModule().isNativeAccessEnabled() || "jvm".equals(System.getProperty("ward.exit"))) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("_exit")
                    .map(symbol -> linker.downcallHandle(symbol, FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT)));
        } catch (RuntimeException unsupported) {
            return Optional.empty();
        }
    }
}
