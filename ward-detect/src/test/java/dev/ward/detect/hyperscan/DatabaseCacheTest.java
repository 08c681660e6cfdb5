package dev.ward.detect.hyperscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled databases kept between runs, against the real library: written once, loaded, and never trusted blindly. */
class DatabaseCacheTest {

    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void useTemporaryCache() {
        before = System.getProperty("ward.cache.dir");
        System.setProperty("ward.cache.dir", cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("ward.cache.dir");
        } else {
            System.setProperty("ward.cache.dir", before);
        }
    }

    private static final List<NativePattern> PATTERNS = List.of(
            NativePattern.literal("secret", NativePattern.CASELESS, 1), new NativePattern("[0-9]{4}", 0, 2));

    @Test
    void aCompiledDatabaseIsWrittenPrivatelyAndLoadedNextTime() throws IOException {
        assertMatches(NativePatterns.compile(PATTERNS).orElseThrow());
        Path file = onlyFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        long written = Files.getLastModifiedTime(file).toMillis();
        assertMatches(NativePatterns.compile(PATTERNS).orElseThrow());
        assertThat(onlyFile()).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("loaded, not written again").isEqualTo(written);
    }

    @Test
    void aDamagedFileIsCompiledAgainAndReplaced() throws IOException {
        NativePatterns.compile(PATTERNS).orElseThrow();
        Path file = onlyFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);
        assertMatches(NativePatterns.compile(PATTERNS).orElseThrow());
        assertThat(Files.readAllBytes(file)).isNotEqualTo(bytes);
        Files.write(file, new byte[] {1, 2, 3});
        assertMatches(NativePatterns.compile(PATTERNS).orElseThrow());
    }

    @Test
    void otherPatternsGetTheirOwnFile() throws IOException {
        NativePatterns.compile(PATTERNS).orElseThrow();
        NativePatterns.compile(List.of(NativePattern.literal("secret", 0, 1))).orElseThrow();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(f -> f.toString().endsWith(".hsdb")).count()).isEqualTo(2);
        }
    }

    @Test
    void withoutAFolderNothingIsWrittenAndPatternsStillCompile() {
        System.clearProperty("ward.cache.dir");
        String home = System.getProperty("user.home");
        System.setProperty("user.home", "?");
        try {
            if (System.getenv("WARD_CACHE_DIR") == null && System.getenv("XDG_CACHE_HOME") == null) {
                assertThat(DatabaseCache.folder()).isEmpty();
            }
            assertMatches(NativePatterns.compile(PATTERNS).orElseThrow());
            assertThat(Path.of("?")).doesNotExist();
        } finally {
            System.setProperty("user.home", home);
        }
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private static void assertMatches(NativePatterns patterns) {
        byte[] text = "a SECRET in 2024".getBytes(StandardCharsets.US_ASCII);
        MatchEvents events = new MatchEvents();
        assertThat(patterns.scan(text, 0, text.length, events)).isTrue();
        assertThat(events.size()).isEqualTo(2);
        assertThat(events.id(0)).isEqualTo(1);
        assertThat(events.end(0)).isEqualTo(8);
        assertThat(events.id(1)).isEqualTo(2);
        assertThat(events.end(1)).isEqualTo(16);
    }
}
