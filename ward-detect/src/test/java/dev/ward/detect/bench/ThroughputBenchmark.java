package dev.ward.detect.bench;

import dev.ward.detect.Category;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.SecretDetector;
import dev.ward.detect.SecretRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Single-thread throughput of ward-detect over a directory of source files (for example the JDK's extracted
 * {@code lib/src.zip}), each file scanned as bytes the way the secrets module scans files. Prints the median MB/s of
 * several runs for the keyword prefilter alone, the secret rules, and every detector. Run by
 * {@code bench/detect-throughput.sh}; not part of the unit tests.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/ward-jdk-src");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long maxBytes = args.length > 2 ? Long.parseLong(args[2]) * 1024 * 1024 : Long.MAX_VALUE;
        List<byte[]> files = load(root, maxBytes);
        long total = files.stream().mapToLong(f -> f.length).sum();
        System.out.printf("corpus %s: %d files, %.1f MB; %d runs each, one thread%n", root, files.size(), total / 1e6, runs);

        SecretDetector secrets = new SecretDetector(SecretRules.standard());
        ContentScanner scanner = ContentScanner.standard();
        System.out.printf("rules: %d%n", SecretRules.standard().size());
        report("prefilter (keyword automaton only)", files, total, runs, f -> secrets.countKeywordHits(f, 0, f.length));
        report("secret rules", files, total, runs, f -> secrets.detect(f, 0, f.length).size());
        if (System.getProperty("perDetector") != null) {
            for (var detector : scanner.detectors()) {
                report("  detector " + detector.id(), files, total, runs, f -> detector.detect(f, 0, f.length).size());
            }
        }
        report("full scan (secrets, PII, transcripts)", files, total, runs, f -> scanner.scan(f, 0, f.length).size());

        long secretCount = 0;
        long other = 0;
        for (byte[] f : files) {
            for (Detection d : scanner.scan(f, 0, f.length)) {
                if (d.category() == Category.SECRET) {
                    secretCount++;
                } else {
                    other++;
                }
            }
        }
        System.out.printf("detections in corpus: %d secrets, %d personal data/transcripts%n", secretCount, other);
    }

    private static void report(String name, List<byte[]> files, long total, int runs, ToLongFunction<byte[]> scan) {
        for (int warm = 0; warm < 2; warm++) {
            pass(files, scan);
        }
        double[] mbPerSecond = new double[runs];
        long result = 0;
        for (int r = 0; r < runs; r++) {
            long started = System.nanoTime();
            result = pass(files, scan);
            mbPerSecond[r] = total / 1e6 / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(mbPerSecond);
        System.out.printf("%-40s median %7.1f MB/s  (min %.1f, max %.1f; %d hits/detections)%n", name,
                mbPerSecond[runs / 2], mbPerSecond[0], mbPerSecond[runs - 1], result);
    }

    private static long pass(List<byte[]> files, ToLongFunction<byte[]> scan) {
        long sum = 0;
        for (byte[] file : files) {
            sum += scan.applyAsLong(file);
        }
        return sum;
    }

    private static List<byte[]> load(Path root, long maxBytes) throws IOException {
        List<byte[]> files = new ArrayList<>();
        long loaded = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (loaded >= maxBytes) {
                    break;
                }
                byte[] bytes = Files.readAllBytes(p);
                files.add(bytes);
                loaded += bytes.length;
            }
        }
        return files;
    }
}
