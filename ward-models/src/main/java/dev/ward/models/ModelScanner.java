package dev.ward.models;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.CheckRegistry;
import dev.ward.core.ScanListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scans model files for code that would run when they are loaded, without loading them. Each file is recognised by
 * its leading bytes first and its name second, and inspected on a virtual thread. Emits one {@code AssetFound} per
 * model file and a {@code FindingRaised} per problem; a file that cannot be read gives a {@code model.unparseable}
 * finding, never an exception.
 */
public final class ModelScanner {

    private final ScanLimits limits;
    private final ArtifactFormats formats;

    public ModelScanner() {
        this(ScanLimits.defaults());
    }

    public ModelScanner(ScanLimits limits) {
        this(limits, ArtifactFormats.standard());
    }

    public ModelScanner(ScanLimits limits, ArtifactFormats formats) {
        this.limits = limits;
        this.formats = formats;
    }

    /** The checks this scanner can raise. */
    public static CheckRegistry<ModelCheck> checks() {
        return ModelChecks.registry();
    }

    /**
     * Scans files and directories (recursively, following links but not loops) and returns when all are done.
     * Files named explicitly are always reported; files found in directories only when a format recognises them.
     */
    public void scan(List<Path> paths, ScanListener listener) {
        Semaphore slots = new Semaphore(limits.concurrency());
        AtomicLong done = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            ArtifactWalker walker = new ArtifactWalker(limits, note -> listener.progress(note, done.get(), 0));
            for (Path root : paths) {
                walker.walk(root, (file, explicit) -> pool.submit(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        scanFile(file, explicit, listener);
                    } finally {
                        slots.release();
                        listener.progress("models: " + file, done.incrementAndGet(), 0);
                    }
                }));
            }
        }
    }

    /** Scans one file on the calling thread. */
    public void scanFile(Path file, boolean explicit, ScanListener listener) {
        Asset asset = Asset.of(AssetKind.MODEL_ARTIFACT, file.toAbsolutePath().normalize().toUri().toString());
        FileSource source;
        Optional<ArtifactFormat> format;
        try {
            source = FileSource.of(file);
            format = formats.select(source, false);
        } catch (IOException | RuntimeException e) {
            if (explicit) {
                listener.asset(asset);
                Inspection.of(asset, listener, limits, formats).unparseable("cannot read: " + ArtifactFormats.oneLine(e), -1);
            }
            return;
        }
        if (format.isEmpty() && !explicit) {
            return;
        }
        Asset described = new Asset(AssetKind.MODEL_ARTIFACT, asset.address(), Map.of(
                "format", format.map(ArtifactFormat::name).orElse("unknown"), "bytes", String.valueOf(source.size())));
        listener.asset(described);
        Inspection inspection = Inspection.of(described, listener, limits, formats);
        if (format.isEmpty()) {
            inspection.unparseable("not a recognised model format", 0);
            return;
        }
        formats.inspect(format.get(), source, inspection);
    }
}
