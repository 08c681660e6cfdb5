package dev.ward.models;

import dev.ward.core.Asset;
import dev.ward.core.CheckInfo;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanListener;
import dev.ward.core.TimeBudget;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a format inspector works within: the top-level asset, the entry path inside archives, the limits and the
 * remaining budget, and the way out for findings. One per artifact or archive entry; children share the budget.
 */
public final class Inspection {

    private final Asset asset;
    private final ScanListener listener;
    private final ScanLimits limits;
    private final ArtifactFormats formats;
    private final TimeBudget budget;
    private final AtomicLong inflatedBytes;
    private final String entry;
    private final int archiveDepth;

    private Inspection(Asset asset, ScanListener listener, ScanLimits limits, ArtifactFormats formats,
                       TimeBudget budget, AtomicLong inflatedBytes, String entry, int archiveDepth) {
        this.asset = asset;
        this.listener = listener;
        this.limits = limits;
        this.formats = formats;
        this.budget = budget;
        this.inflatedBytes = inflatedBytes;
        this.entry = entry;
        this.archiveDepth = archiveDepth;
    }

    public static Inspection of(Asset asset, ScanListener listener, ScanLimits limits, ArtifactFormats formats) {
        return new Inspection(asset, listener, limits, formats, TimeBudget.of(limits.perArtifactTime()),
                new AtomicLong(), "", 0);
    }

    /** The inspection of one entry of the archive being inspected. */
    public Inspection within(String entryName) {
        String path = entry.isEmpty() ? entryName : entry + "!/" + entryName;
        return new Inspection(asset, listener, limits, formats, budget, inflatedBytes, path, archiveDepth + 1);
    }

    public ScanLimits limits() {
        return limits;
    }

    /** The path inside archives, {@code archive/data.pkl} or {@code outer.zip!/inner.pkl}; empty at top level. */
    public String entry() {
        return entry;
    }

    public int archiveDepth() {
        return archiveDepth;
    }

    /** Inspects an archive entry with whichever format recognises it; entries no format claims are skipped. */
    public void inspectEntry(ArtifactSource child) throws IOException {
        formats.inspectEntry(child, within(child.name()));
    }

    /** Stops a long parse once the per-artifact time is spent. */
    public void checkTime(long offset) throws MalformedArtifactException {
        if (budget.expired()) {
            throw new MalformedArtifactException("stopped after " + budget.total().toSeconds() + "s per-artifact time limit", offset);
        }
    }

    /** Counts inflated bytes against the artifact's total; throws once the total is exceeded. */
    public void countInflated(long bytes) throws MalformedArtifactException {
        if (inflatedBytes.addAndGet(bytes) > limits.maxInflatedBytes()) {
            throw new MalformedArtifactException("archive inflates beyond " + limits.maxInflatedBytes() + " bytes in total");
        }
    }

    /** Starts a finding of the given check on this artifact, at this entry. */
    public Report report(CheckInfo check, String message) {
        return new Report(check, message);
    }

    /** The one-line note that part of the artifact could not be read, as a low-severity finding. */
    public void unparseable(String reason, long offset) {
        report(ModelChecks.UNPARSEABLE, (entry.isEmpty() ? "" : entry + ": ") + reason).at(offset).key(reason).emit();
    }

    /** A finding being built. Location is the file; the byte offset and entry path go into properties. */
    public final class Report {
        private final Finding.Builder builder;
        private final StringBuilder discriminator = new StringBuilder(entry);
        private int line;

        private Report(CheckInfo check, String message) {
            this.builder = Finding.of(check, asset).message(DisplayText.oneLine(message));
            if (!entry.isEmpty()) {
                builder.property("entry", DisplayText.oneLine(entry));
            }
        }

        public Report at(long byteOffset) {
            if (byteOffset >= 0) {
                builder.property("byteOffset", byteOffset);
            }
            return this;
        }

        /** A 1-based line, for findings inside text such as a JSON config inside a zip entry. */
        public Report line(int value) {
            this.line = Math.max(0, value);
            return this;
        }

        public Report property(String name, Object value) {
            builder.property(name, value == null ? null : DisplayText.oneLine(String.valueOf(value)));
            return this;
        }

        /** What tells this finding apart from others of the same check in the same entry. */
        public Report key(String value) {
            discriminator.append('|').append(value);
            return this;
        }

        public Report severity(dev.ward.core.Severity severity) {
            builder.severity(severity);
            return this;
        }

        public void emit() {
            builder.location(new Location(asset.address(), line, 0)).discriminator(discriminator.toString());
            listener.finding(builder.build());
        }
    }
}
