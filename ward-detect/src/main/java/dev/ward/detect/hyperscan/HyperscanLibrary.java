package dev.ward.detect.hyperscan;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The few functions of Vectorscan or Hyperscan ({@code libhs.so.5}, Debian's {@code libvectorscan5} or
 * {@code libhyperscan5}) that Ward calls, bound through the FFM API. Absent when the library is not installed, when
 * Ward runs without native access, or when {@code -Dward.prefilter=java} asks for the pure-Java prefilters.
 */
final class HyperscanLibrary {

    static final int HS_SUCCESS = 0;
    static final int HS_SCAN_TERMINATED = -3;
    static final int HS_MODE_BLOCK = 1;

    /** {@code int (*match_event_handler)(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *ctx)} */
    static final FunctionDescriptor MATCH_HANDLER = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG,
            JAVA_INT, ADDRESS);

    private static final String[] NAMES = {"libhs.so.5", "libhs.so"};

    private static final class Holder {
        static final Optional<HyperscanLibrary> LIBRARY = load();
    }

    // Each binding generates code (about 10 ms of start-up), so what a run that finds its patterns in the cache never
    // calls (compiling, serialising, freeing) is bound on first use.
    final Downcall compileMulti;
    final Downcall freeCompileError;
    final MethodHandle allocScratch;
    final Downcall freeScratch;
    final Downcall freeDatabase;
    final MethodHandle scan;
    final Downcall serializeDatabase;
    final MethodHandle deserializeDatabase;
    /** libc's {@code free}, for what {@code hs_serialize_database} allocated with the default allocator. */
    final Downcall free;
    final String version;

    private HyperscanLibrary(SymbolLookup lib) throws Throwable {
        Linker linker = Linker.nativeLinker();
        compileMulti = new Downcall(lib.findOrThrow("hs_compile_multi"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        freeCompileError = new Downcall(lib.findOrThrow("hs_free_compile_error"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        allocScratch = linker.downcallHandle(lib.findOrThrow("hs_alloc_scratch"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        freeScratch = new Downcall(lib.findOrThrow("hs_free_scratch"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        freeDatabase = new Downcall(lib.findOrThrow("hs_free_database"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        scan = linker.downcallHandle(lib.findOrThrow("hs_scan"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        serializeDatabase = new Downcall(lib.findOrThrow("hs_serialize_database"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        deserializeDatabase = linker.downcallHandle(lib.findOrThrow("hs_deserialize_database"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
        free = new Downcall(linker.defaultLookup().findOrThrow("free"), FunctionDescriptor.ofVoid(ADDRESS));
        MethodHandle versionHandle = linker.downcallHandle(lib.findOrThrow("hs_version"), FunctionDescriptor.of(ADDRESS));
        version = ((MemorySegment) versionHandle.invokeExact()).reinterpret(256).getString(0);
    }

    /** A native function whose symbol was found at load and which is bound when first called. */
    static final class Downcall {
        private final MemorySegment symbol;
        private final FunctionDescriptor descriptor;
        private volatile MethodHandle handle;

        Downcall(MemorySegment symbol, FunctionDescriptor descriptor) {
            this.symbol = symbol;
            this.descriptor = descriptor;
        }

        MethodHandle handle() {
            MethodHandle bound = handle;
            if (bound == null) {
                bound = Linker.nativeLinker().downcallHandle(symbol, descriptor);
                handle = bound;
            }
            return bound;
        }
    }

    /** The library, if Ward may and can use it. */
    static Optional<HyperscanLibrary> get() {
        return Holder.LIBRARY;
    }

    private static Optional<HyperscanLibrary> load() {
        if ("java".equalsIgnoreCase(System.getProperty("ward.prefilter", ""))
                || !HyperscanLibrary.class.getModule().isNativeAccessEnabled()) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            try {
                return Optional.of(new HyperscanLibrary(SymbolLookup.libraryLookup(name, Arena.global())));
            } catch (Throwable unavailable) {
                // try the next name; none found means the pure-Java prefilters are used
            }
        }
        return Optional.empty();
    }
}
