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

    final MethodHandle compileMulti;
    final MethodHandle freeCompileError;
    final MethodHandle allocScratch;
    final MethodHandle freeScratch;
    final MethodHandle freeDatabase;
    final MethodHandle scan;
    final MethodHandle serializeDatabase;
    final MethodHandle deserializeDatabase;
    /** libc's {@code free}, for what {@code hs_serialize_database} allocated with the default allocator. */
    final MethodHandle free;
    final String version;

    private HyperscanLibrary(SymbolLookup lib) throws Throwable {
        Linker linker = Linker.nativeLinker();
        compileMulti = linker.downcallHandle(lib.findOrThrow("hs_compile_multi"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        freeCompileError = linker.downcallHandle(lib.findOrThrow("hs_free_compile_error"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        allocScratch = linker.downcallHandle(lib.findOrThrow("hs_alloc_scratch"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        freeScratch = linker.downcallHandle(lib.findOrThrow("hs_free_scratch"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        freeDatabase = linker.downcallHandle(lib.findOrThrow("hs_free_database"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS));
        scan = linker.downcallHandle(lib.findOrThrow("hs_scan"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        serializeDatabase = linker.downcallHandle(lib.findOrThrow("hs_serialize_database"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        deserializeDatabase = linker.downcallHandle(lib.findOrThrow("hs_deserialize_database"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
        free = linker.downcallHandle(linker.defaultLookup().findOrThrow("free"), FunctionDescriptor.ofVoid(ADDRESS));
        MethodHandle versionHandle = linker.downcallHandle(lib.findOrThrow("hs_version"), FunctionDescriptor.of(ADDRESS));
        version = ((MemorySegment) versionHandle.invokeExact()).reinterpret(256).getString(0);
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
