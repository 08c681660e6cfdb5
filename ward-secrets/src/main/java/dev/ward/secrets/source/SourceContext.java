package dev.ward.secrets.source;

import dev.ward.secrets.content.ContentScan;
import dev.ward.secrets.content.HitSink;
import dev.ward.secrets.content.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a source needs to get content scanned: the pipeline, the content scanner, where hits and problems go, and
 * the user's limits. Decides once, for every source, how a file is read (archive or text).
 */
public record SourceContext(ScanPipeline pipeline, ContentScan content, ArchiveScan archives, HitSink sink,
                            PathExcludes excludes, long maxFileSize) {

    /** Queues a file to be scanned (as an archive if it is one). */
    public void submitFile(Origin origin, Path file, long size) {
        if (size > maxFileSize) {
            sink.skipped(HitSink.SkipReason.TOO_LARGE);
            return;
        }
        pipeline.submit(new Scan(origin, file, null));
    }

    private void scanFile(Origin origin, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            if (ArchiveScan.isArchiveName(origin.fileName())) {
                archives.scan(origin, in, this);
            } else {
                content.scan(origin, in, sink);
            }
        } catch (IOException e) {
            sink.problem(origin, Problems.describe(e));
        }
    }

    /** Queues content already in memory. */
    public void submitBytes(Origin origin, byte[] data) {
        pipeline.submit(new Scan(origin, null, data), data.length);
    }

    /**
     * The scan of one file, or of content in memory, whose unexpected failure (a bug, a regex overflowing the stack)
     * becomes a note on its content. A class rather than a lambda: one is made per file, and C1's code makes a
     * capturing lambda through a call into the VM.
     */
    private final class Scan implements Runnable {
        private final Origin origin;
        private final Path file;
        private final byte[] data;

        Scan(Origin origin, Path file, byte[] data) {
            this.origin = origin;
            this.file = file;
            this.data = data;
        }

        @Override
        public void run() {
            try {
                if (file != null) {
                    scanFile(origin, file);
                } else {
                    content.scan(origin, data, sink);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                sink.problem(origin, "scan failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            }
        }
    }
}
