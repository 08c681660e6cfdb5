package dev.ward.secrets.source;

import dev.ward.secrets.content.FileNames;
import dev.ward.secrets.content.HitSink;
import dev.ward.secrets.content.Origin;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens zip-family (zip, jar, war, ear, whl, apk) and tar / tar.gz archives as streams, nested up to a depth, and
 * scans their entries. Small entries go to the pool; large ones stream through on this thread. The type is taken
 * from the content, not the name, and anything broken or bomb-like is reported and skipped, never fatal.
 */
public final class ArchiveScan {

    /** Zip and tar names; {@code .tar.gz} ends with {@code .gz}. */
    private static final String[] ARCHIVE_SUFFIXES = {".zip", ".jar", ".war", ".ear", ".whl", ".apk", ".aar", ".nupkg",
        ".tar", ".tgz", ".gz"};
    /** Entries up to this size are read into memory and scanned in parallel. */
    static final int PARALLEL_ENTRY_BYTES = 1 << 20;

    private final ArchiveLimits limits;

    public ArchiveScan(ArchiveLimits limits) {
        this.limits = limits;
    }

    public static boolean isArchiveName(String fileName) {
        for (String suffix : ARCHIVE_SUFFIXES) {
            if (FileNames.endsWithIgnoreCase(fileName, suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Scans one top-level archive; problems (broken, too deep, bomb) become a note on the archive. */
    public void scan(Origin origin, InputStream in, SourceContext context) {
        ExpansionGuard.Budget budget = new ExpansionGuard.Budget(limits);
        try {
            expand(origin, in, 1, budget, context);
        } catch (ArchiveLimitException e) {
            context.sink().problem(origin, "archive " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            context.sink().problem(origin, "broken archive: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private void expand(Origin origin, InputStream raw, int depth, ExpansionGuard.Budget budget, SourceContext context)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 8192);
        in.mark(1024);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            zip(origin, in, depth, budget, context);
        } else if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            gzip(origin, in, depth, budget, context);
        } else if (TarReader.looksLikeTar(head)) {
            tar(origin, in, new ExpansionGuard(budget), depth, budget, context);
        } else {
            throw new IOException("not a zip or tar archive (unknown content)");
        }
    }

    private void zip(Origin origin, InputStream in, int depth, ExpansionGuard.Budget budget, SourceContext context)
            throws IOException {
        ExpansionGuard guard = new ExpansionGuard(budget);
        ZipInputStream zip = new ZipInputStream(guard.compressed(in));
        InputStream entryData = guard.expanded(zip);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (!entry.isDirectory()) {
                budget.entry();
                entry(origin, entry.getName(), entry.getSize(), entryData, depth, budget, context);
            }
        }
    }

    private void gzip(Origin origin, InputStream in, int depth, ExpansionGuard.Budget budget, SourceContext context)
            throws IOException {
        ExpansionGuard guard = new ExpansionGuard(budget);
        BufferedInputStream inflated = new BufferedInputStream(guard.expanded(new GZIPInputStream(guard.compressed(in))), 8192);
        inflated.mark(1024);
        byte[] head = inflated.readNBytes(512);
        inflated.reset();
        if (TarReader.looksLikeTar(head)) {
            tar(origin, inflated, guard, depth, budget, context);
        } else {
            String inner = origin.fileName().replaceFirst("(?i)\\.(gz|tgz)$", "");
            budget.entry();
            entry(origin, inner, -1, inflated, depth, budget, context);
        }
    }

    private void tar(Origin origin, InputStream in, ExpansionGuard guard, int depth, ExpansionGuard.Budget budget,
                     SourceContext context) throws IOException {
        TarReader tar = new TarReader(in);
        TarReader.Entry entry;
        while ((entry = tar.next()) != null) {
            if (entry.regularFile()) {
                budget.entry();
                entry(origin, entry.name(), entry.size(), tar.entryStream(), depth, budget, context);
            }
        }
    }

    private void entry(Origin archive, String name, long size, InputStream data, int depth, ExpansionGuard.Budget budget,
                       SourceContext context) throws IOException {
        Origin origin = archive.entry(name);
        HitSink sink = context.sink();
        if (context.excludes().excludesAnyPart(name)) {
            sink.skipped(HitSink.SkipReason.EXCLUDED);
            return;
        }
        if (size > context.maxFileSize()) {
            sink.skipped(HitSink.SkipReason.TOO_LARGE);
            return;
        }
        if (isArchiveName(origin.fileName())) {
            if (depth >= budget.limits().maxDepth()) {
                sink.problem(origin, "archive nested more than " + budget.limits().maxDepth() + " deep; not opened");
                return;
            }
            try {
                expand(origin, data, depth + 1, budget, context);
            } catch (ArchiveLimitException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                sink.problem(origin, "broken archive: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            return;
        }
        byte[] head = data.readNBytes(PARALLEL_ENTRY_BYTES);
        if (head.length < PARALLEL_ENTRY_BYTES) {
            context.submitBytes(origin, head);
        } else {
            context.content().scan(origin, new SequenceInputStream(new ByteArrayInputStream(head), data), sink);
        }
    }
}
