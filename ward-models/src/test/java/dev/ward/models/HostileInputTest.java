package dev.ward.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every fixture, cut short at many points and with bytes flipped, must scan to completion: no exception escapes,
 * nothing hangs, and whatever goes wrong is at most a one-line finding.
 */
class HostileInputTest {

    @Test
    void truncatedAndCorruptedFixturesNeverEscapeAsExceptions(@TempDir Path dir) throws IOException {
        Path root = Fixtures.path("pickle").getParent();
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(root)) {
            fixtures = files.filter(Files::isRegularFile).filter(p -> sizeOf(p) < 64 * 1024).toList();
        }
        Random random = new Random(20240601);
        ModelScanner scanner = new ModelScanner();
        RecordingListener scan = new RecordingListener();
        int variants = 0;
        for (Path fixture : fixtures) {
            byte[] bytes = Files.readAllBytes(fixture);
            for (int cut : new int[]{1, 8, 9, 16, 33, bytes.length / 3, bytes.length / 2, bytes.length - 1}) {
                if (cut > 0 && cut < bytes.length) {
                    variants += scanVariant(scanner, scan, dir, fixture, java.util.Arrays.copyOf(bytes, cut), "cut" + cut);
                }
            }
            for (int round = 0; round < 6 && bytes.length > 0; round++) {
                byte[] flipped = bytes.clone();
                for (int i = 0; i < 4; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                variants += scanVariant(scanner, scan, dir, fixture, flipped, "flip" + round);
            }
        }
        assertThat(variants).isGreaterThan(300);
        assertThat(scan.findings()).filteredOn(f -> f.message().contains("\n")).extracting(f -> f.message()).isEmpty();
    }

    private static int scanVariant(ModelScanner scanner, RecordingListener scan, Path dir, Path fixture, byte[] bytes,
                                   String label) throws IOException {
        Path variant = dir.resolve(label + "-" + fixture.getFileName());
        Files.write(variant, bytes);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scanner.scanFile(variant, true, scan),
                () -> "hung on " + variant);
        Files.delete(variant);
        return 1;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
