package dev.ward.detect.hyperscan;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Native patterns compiled on a background thread when first wanted: compiling takes up to a few hundred
 * milliseconds, which a command that scans only short texts (a database row, a model's answer) should never pay.
 * Until they are ready, callers take their Java path, which must find the same things.
 *
 * @param <T> what the compiled patterns are wrapped in
 */
public final class BackgroundCompile<T> {

    /** Shorter texts are scanned faster in Java even when the native patterns are ready (break-even measured at
     *  about 1 KiB of source code). */
    public static final int MIN_NATIVE_BYTES = 1024;

    private final Supplier<Optional<T>> compiler;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> compiled = new CompletableFuture<>();

    /** @param compiler compiles the patterns; empty when the native library is not there */
    public BackgroundCompile(Supplier<Optional<T>> compiler) {
        this.compiler = compiler;
    }

    /** The compiled patterns if they are ready, else null (and their compilation starts, if it had not). */
    public T ifReady() {
        // Read first: this is on every scan's path, and only the first call may start anything.
        if (!started.get() && started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("ward-native-compile").start(this::compile);
        }
        return compiled.getNow(null);
    }

    /** The compiled patterns, compiled on this thread if need be; null when the native library is not there. */
    public T await() {
        if (started.compareAndSet(false, true)) {
            compile();
        }
        return compiled.join();
    }

    private void compile() {
        try {
            compiled.complete(compiler.get().orElse(null));
        } catch (RuntimeException e) {
            // A library that rejects the patterns leaves the Java path in charge; it finds the same things.
            compiled.complete(null);
        }
    }
}
