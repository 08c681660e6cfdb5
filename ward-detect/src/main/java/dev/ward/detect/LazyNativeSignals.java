package dev.ward.detect;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The native pass of a scanner, compiled on a background thread when first wanted: compiling takes a few hundred
 * milliseconds, which a command that scans only short texts (a database row, a model's answer) should never pay.
 * Until it is ready, scans take the Java byte scans, which find the same things.
 */
final class LazyNativeSignals {

    /** Shorter texts take the Java byte scans even when the native pass is ready: the call itself would cost more. */
    static final int MIN_NATIVE_BYTES = 4096;

    private final List<String> keywords;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<NativeSignals> compiled = new CompletableFuture<>();

    LazyNativeSignals(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    /** The native pass if it is ready, else null (and its compilation starts, if it had not). */
    NativeSignals ifReady() {
        if (started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("ward-native-prefilter").start(this::compile);
        }
        return compiled.getNow(null);
    }

    /** The native pass, compiled on this thread if need be; null when the native library is not there. */
    NativeSignals await() {
        if (started.compareAndSet(false, true)) {
            compile();
        }
        return compiled.join();
    }

    private void compile() {
        try {
            compiled.complete(NativeSignals.compile(keywords).orElse(null));
        } catch (RuntimeException e) {
            // A library that rejects the patterns leaves the Java scans in charge; they find the same things.
            compiled.complete(null);
        }
    }
}
