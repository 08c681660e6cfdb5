package dev.ward.detect.hyperscan;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.ward.core.Fingerprint;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Compiled databases kept on disk between runs: compiling costs a few hundred milliseconds of CPU, loading a
 * serialized one about a millisecond. A file is named by a digest of the library version and every pattern, and
 * carries a digest of its own bytes, so a stale, truncated or foreign file is never loaded; it is compiled again.
 * The folder is {@code ward.cache.dir}, else {@code $WARD_CACHE_DIR}, else {@code $XDG_CACHE_HOME/ward}, else
 * {@code ~/.cache/ward}; failing to write there only means compiling next time.
 */
final class DatabaseCache {

    private static final byte[] MAGIC = "ward-hsdb-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST_BYTES = 32;

    private DatabaseCache() {
    }

    /** The cached database in {@code file}, loaded; empty when there is none usable. */
    static Optional<MemorySegment> load(HyperscanLibrary hs, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] all = Files.readAllBytes(file);
            int payload = MAGIC.length + DIGEST_BYTES;
            if (all.length <= payload || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !Arrays.equals(all, MAGIC.length, payload, Fingerprint.sha256(all, payload, all.length - payload), 0, DIGEST_BYTES)) {
                return Optional.empty();
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment bytes = arena.allocate(all.length - payload);
                MemorySegment.copy(all, payload, bytes, JAVA_BYTE, 0, all.length - payload);
                MemorySegment slot = arena.allocate(ADDRESS);
                int rc = (int) hs.deserializeDatabase.invokeExact(bytes, bytes.byteSize(), slot);
                return rc == HyperscanLibrary.HS_SUCCESS ? Optional.of(slot.get(ADDRESS, 0)) : Optional.empty();
            }
        } catch (Throwable unusable) {
            return Optional.empty();
        }
    }

    /** Writes the database to {@code file}, if its folder can be written. */
    static void store(HyperscanLibrary hs, Path file, MemorySegment database) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bytesSlot = arena.allocate(ADDRESS);
            MemorySegment lengthSlot = arena.allocate(JAVA_LONG);
            int rc = (int) hs.serializeDatabase.handle().invokeExact(database, bytesSlot, lengthSlot);
            if (rc != HyperscanLibrary.HS_SUCCESS) {
                return;
            }
            MemorySegment bytes = bytesSlot.get(ADDRESS, 0);
            byte[] serialized;
            try {
                serialized = bytes.reinterpret(lengthSlot.get(JAVA_LONG, 0)).toArray(JAVA_BYTE);
            } finally {
                hs.free.handle().invokeExact(bytes);
            }
            write(file, serialized);
        } catch (Throwable notCached) {
            // compiled again next time
        }
    }

    private static void write(Path file, byte[] serialized) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".hsdb", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            byte[] all = new byte[MAGIC.length + DIGEST_BYTES + serialized.length];
            System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
            System.arraycopy(Fingerprint.sha256(serialized, 0, serialized.length), 0, all, MAGIC.length, DIGEST_BYTES);
            System.arraycopy(serialized, 0, all, MAGIC.length + DIGEST_BYTES, serialized.length);
            Files.write(temp, all);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the database for these patterns is kept; empty when there is no cache folder. */
    static Optional<Path> file(HyperscanLibrary hs, List<NativePattern> patterns) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(hs.version.getBytes(StandardCharsets.UTF_8));
            for (NativePattern p : patterns) {
                digest.update(("\n" + p.id() + "/" + p.flags() + "/" + p.expression()).getBytes(StandardCharsets.UTF_8));
            }
            String name = "native-" + HexFormat.of().formatHex(digest.digest(), 0, 16) + ".hsdb";
            return Optional.of(folder.get().resolve(name));
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> folder() {
        String configured = System.getProperty("ward.cache.dir", System.getenv("WARD_CACHE_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        // Relative values are ignored, as the XDG spec says; the JDK sets user.home to "?" when it finds no home.
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "ward"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || !Path.of(home).isAbsolute() ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "ward"));
    }
}
