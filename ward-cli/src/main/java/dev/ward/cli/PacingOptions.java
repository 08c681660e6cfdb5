package dev.ward.cli;

import dev.ward.surface.scale.ScaleOptions;
import dev.ward.surface.targets.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a large scan is split, paced and resumed. */
final class PacingOptions {

    /** Above this many endpoints, a TCP connect sweep runs before the service probes unless --no-discover is given. */
    static final long AUTO_DISCOVER_ABOVE = 1024;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Scan only shard I of N (e.g. 2/4); every machine gives the same targets and --seed, and the shards cover the range exactly once.")
    String shard;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the randomised target order (default: random, or the one in --resume's file).")
    Long seed;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Save progress to FILE as the scan runs; when FILE exists, skip the endpoints it lists as done.")
    Path resume;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
            description = "New connections per second across the scan (default: no limit).")
    double rate;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "0",
            description = "Endpoints of one address probed at once (default: no limit beyond --concurrency).")
    int perHost;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "1",
            description = "Extra tries for a connect that timed out (default: ${DEFAULT-VALUE}; refusals are never retried).")
    int retries;

    @Option(names = "--discover", negatable = true,
            description = "Sweep with TCP connects first and probe only open ports (default: on above " + AUTO_DISCOVER_ABOVE
                    + " endpoints; --no-discover turns it off).")
    Boolean discover;

    @Option(names = "--discover-only",
            description = "Only sweep: print each open endpoint as ADDRESS:PORT (readable by --import) and probe nothing.")
    boolean discoverOnly;

    Shard shard() {
        return shard == null ? Shard.WHOLE : Shard.parse(shard);
    }

    /** Checks values before any traffic is sent. */
    void validate() {
        shard();
        if (shard != null && seed == null && (resume == null || !Files.exists(resume))) {
            throw new IllegalArgumentException("--shard needs --seed S, the same on every machine, so the shards split one order");
        }
        if (rate < 0 || rate > 10_000_000 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("--rate must be between 0 (no limit) and 10000000, got " + rate);
        }
        if (perHost < 0 || perHost > 100_000) {
            throw new IllegalArgumentException("--per-host must be between 0 (no limit) and 100000, got " + perHost);
        }
        if (retries < 0 || retries > ScaleOptions.MAX_RETRIES) {
            throw new IllegalArgumentException("--retries must be between 0 and " + ScaleOptions.MAX_RETRIES + ", got " + retries);
        }
        if (resume != null) {
            Path parent = resume.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("cannot keep --resume " + resume + ": folder " + parent + " does not exist");
            }
            if (Files.isDirectory(resume)) {
                throw new IllegalArgumentException("--resume " + resume + " is a folder; give a file");
            }
        }
    }

    ScaleOptions toScaleOptions(long endpoints) {
        boolean sweep = discoverOnly || (discover == null ? endpoints > AUTO_DISCOVER_ABOVE : discover);
        return ScaleOptions.defaults().withRate(rate).withPerHost(perHost).withRetries(retries).withDiscover(sweep);
    }
}
