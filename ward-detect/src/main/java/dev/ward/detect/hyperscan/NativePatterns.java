package dev.ward.detect.hyperscan;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A set of expressions compiled into one Vectorscan/Hyperscan block-mode database, which finds all of them in one
 * pass over the bytes at SIMD speed. Thread-safe: each concurrent scan borrows its own scratch space, copy buffer and
 * callback from a pool. The native memory is freed when the set becomes unreachable.
 */
public final class NativePatterns {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final MethodHandle ON_MATCH;

    static {
        try {
            ON_MATCH = MethodHandles.lookup().findVirtual(Scanner.class, "onMatch",
                    MethodType.methodType(int.class, int.class, long.class, long.class, int.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final HyperscanLibrary hs;
    private final Native resources;

    /** What the cleaner frees: the database and every scratch space made for it. */
    private record Native(HyperscanLibrary hs, MemorySegment database, ConcurrentLinkedQueue<Scanner> pool)
            implements Runnable {
        @Override
        public void run() {
            try {
                for (Scanner s : pool) {
                    int ignored = (int) hs.freeScratch.handle().invokeExact(s.scratch);
                }
                int ignored = (int) hs.freeDatabase.handle().invokeExact(database);
            } catch (Throwable ignored) {
                // nothing more can be done while the process lives on
            }
        }
    }

    private NativePatterns(HyperscanLibrary hs, MemorySegment database) {
        this.hs = hs;
        this.resources = new Native(hs, database, new ConcurrentLinkedQueue<>());
        CLEANER.register(this, resources);
    }

    /** Whether the native library is there to compile patterns with. */
    public static boolean available() {
        return HyperscanLibrary.get().isPresent();
    }

    /** The library's version string, when present. */
    public static Optional<String> version() {
        return HyperscanLibrary.get().map(hs -> hs.version);
    }

    /**
     * Compiles the patterns, or loads them compiled from an earlier run ({@link DatabaseCache}), or gives nothing
     * when the native library is not available.
     *
     * @throws IllegalArgumentException naming the expression the library rejected
     */
    public static Optional<NativePatterns> compile(List<NativePattern> patterns) {
        Optional<HyperscanLibrary> library = HyperscanLibrary.get();
        if (library.isEmpty()) {
            return Optional.empty();
        }
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no patterns to compile");
        }
        HyperscanLibrary hs = library.get();
        Optional<Path> cacheFile = DatabaseCache.file(hs, patterns);
        Optional<MemorySegment> cached = cacheFile.flatMap(file -> DatabaseCache.load(hs, file));
        if (cached.isPresent()) {
            return Optional.of(new NativePatterns(hs, cached.get()));
        }
        try (Arena arena = Arena.ofConfined()) {
            int n = patterns.size();
            MemorySegment expressions = arena.allocate(ADDRESS, n);
            MemorySegment flags = arena.allocate(JAVA_INT, n);
            MemorySegment ids = arena.allocate(JAVA_INT, n);
            for (int i = 0; i < n; i++) {
                NativePattern p = patterns.get(i);
                expressions.setAtIndex(ADDRESS, i, arena.allocateFrom(p.expression()));
                flags.setAtIndex(JAVA_INT, i, p.flags());
                ids.setAtIndex(JAVA_INT, i, p.id());
            }
            MemorySegment database = arena.allocate(ADDRESS);
            MemorySegment error = arena.allocate(ADDRESS);
            int rc = (int) hs.compileMulti.handle().invokeExact(expressions, flags, ids, n, HyperscanLibrary.HS_MODE_BLOCK,
                    MemorySegment.NULL, database, error);
            if (rc != HyperscanLibrary.HS_SUCCESS) {
                throw compileError(hs, error.get(ADDRESS, 0), patterns, rc);
            }
            MemorySegment compiled = database.get(ADDRESS, 0);
            cacheFile.ifPresent(file -> DatabaseCache.store(hs, file, compiled));
            return Optional.of(new NativePatterns(hs, compiled));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("native pattern compiler failed", e);
        }
    }

    private static IllegalArgumentException compileError(HyperscanLibrary hs, MemorySegment error,
                                                         List<NativePattern> patterns, int rc) throws Throwable {
        if (error.equals(MemorySegment.NULL)) {
            return new IllegalArgumentException("pattern compilation failed with code " + rc);
        }
        MemorySegment e = error.reinterpret(16);
        String message = e.get(ADDRESS, 0).reinterpret(4096).getString(0);
        int index = e.get(JAVA_INT, 8);
        int ignored = (int) hs.freeCompileError.handle().invokeExact(error);
        String which = index >= 0 && index < patterns.size() ? " in /" + patterns.get(index).expression() + "/" : "";
        return new IllegalArgumentException("pattern rejected" + which + ": " + message);
    }

    /**
     * Finds every match in {@code data[from, to)} and leaves them in {@code events}, which is cleared first, in order
     * of end offset (relative to {@code from}). Returns false, with {@code events} incomplete, when there were more
     * matches than {@code events} holds; the caller then has to look at the bytes another way.
     */
    public boolean scan(byte[] data, int from, int to, MatchEvents events) {
        Objects.checkFromToIndex(from, to, data.length);
        events.clear();
        Scanner scanner = borrow();
        try {
            return scanner.run(data, from, to, events);
        } finally {
            resources.pool().offer(scanner);
        }
    }

    private Scanner borrow() {
        Scanner scanner = resources.pool().poll();
        return scanner != null ? scanner : new Scanner(hs, resources.database());
    }

    /** One scan's native state: scratch space, a buffer the bytes are copied into, and the callback. */
    static final class Scanner {
        /** Longer texts get a buffer of their own, freed after the scan, so one huge text is not kept for life. */
        private static final int MAX_KEPT_BUFFER = 4 << 20;
        private final HyperscanLibrary hs;
        private final MemorySegment database;
        final MemorySegment scratch;
        private final MemorySegment callback;
        private final Arena arena = Arena.ofAuto();
        private MemorySegment buffer = MemorySegment.NULL;
        private MatchEvents events;
        private boolean overflow;

        Scanner(HyperscanLibrary hs, MemorySegment database) {
            this.hs = hs;
            this.database = database;
            try (Arena temp = Arena.ofConfined()) {
                MemorySegment slot = temp.allocate(ADDRESS);
                slot.set(ADDRESS, 0, MemorySegment.NULL);
                int rc = (int) hs.allocScratch.invokeExact(database, slot);
                if (rc != HyperscanLibrary.HS_SUCCESS) {
                    throw new IllegalStateException("hs_alloc_scratch failed with code " + rc);
                }
                scratch = slot.get(ADDRESS, 0);
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            callback = Linker.nativeLinker().upcallStub(ON_MATCH.bindTo(this), HyperscanLibrary.MATCH_HANDLER, arena);
        }

        boolean run(byte[] data, int from, int to, MatchEvents events) {
            int length = to - from;
            if (length > MAX_KEPT_BUFFER) {
                try (Arena once = Arena.ofConfined()) {
                    return run(once.allocate(length, 64), data, from, length, events);
                }
            }
            if (buffer.byteSize() < Math.max(1, length)) {
                buffer = arena.allocate(Math.max(length, Math.min(MAX_KEPT_BUFFER, buffer.byteSize() * 2)), 64);
            }
            return run(buffer, data, from, length, events);
        }

        private boolean run(MemorySegment target, byte[] data, int from, int length, MatchEvents events) {
            MemorySegment.copy(data, from, target, JAVA_BYTE, 0, length);
            this.events = events;
            overflow = false;
            int rc;
            try {
                rc = (int) hs.scan.invokeExact(database, target, length, 0, scratch, callback, MemorySegment.NULL);
            } catch (Throwable e) {
                throw new IllegalStateException("hs_scan failed", e);
            } finally {
                this.events = null;
            }
            if (rc == HyperscanLibrary.HS_SCAN_TERMINATED && overflow) {
                return false;
            }
            if (rc != HyperscanLibrary.HS_SUCCESS) {
                throw new IllegalStateException("hs_scan failed with code " + rc);
            }
            events.sort();
            return true;
        }

        /** The native callback; an exception here would end the JVM, so there is none. */
        @SuppressWarnings("unused")
        private int onMatch(int id, long from, long to, int flags, MemorySegment context) {
            if (events.add(id, to)) {
                return 0;
            }
            overflow = true;
            return 1;
        }
    }
}
