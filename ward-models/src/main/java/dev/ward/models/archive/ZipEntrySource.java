package dev.ward.models.archive;

import dev.ward.models.ArtifactSource;
import dev.ward.models.ByteArraySource;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.RandomReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * One zip entry, inflated on the fly from the archive's bytes. The central directory's sizes are used, so a data
 * descriptor or a lying local header changes nothing; CRCs are not checked, because a bad CRC does not stop
 * Python's loaders from reading the bytes either.
 */
final class ZipEntrySource implements ArtifactSource {

    private final RandomReader zip;
    private final ZipDirectory.Entry entry;
    private final long dataOffset;
    private final Inspection inspection;

    ZipEntrySource(RandomReader zip, ZipDirectory.Entry entry, long dataOffset, Inspection inspection) {
        this.zip = zip;
        this.entry = entry;
        this.dataOffset = dataOffset;
        this.inspection = inspection;
    }

    @Override
    public String name() {
        return entry.name();
    }

    @Override
    public long size() {
        return entry.size();
    }

    @Override
    public InputStream open() throws IOException {
        long available = Math.max(0, Math.min(entry.compressedSize(), zip.size() - dataOffset));
        InputStream raw = zip.slice(dataOffset, available);
        return switch (entry.method()) {
            case 0 -> new BufferedInputStream(raw, 1 << 16);
            case 8 -> new BufferedInputStream(new InflationGuard(new InflaterInputStream(raw, new Inflater(true), 1 << 16) {
                @Override
                public void close() throws IOException {
                    super.close();
                    inf.end();
                }
            }, entry.name(), available, inspection), 1 << 16);
            default -> throw new MalformedArtifactException("entry " + entry.name() + " uses compression method "
                    + entry.method() + ", which Ward does not inflate");
        };
    }

    /** Nested archives need random access: copied into memory, within the in-memory limit. */
    @Override
    public RandomReader random() throws IOException {
        int limit = inspection.limits().maxInMemoryBytes();
        try (InputStream in = open()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new MalformedArtifactException("nested entry " + entry.name() + " is larger than " + limit
                        + " bytes; not inspected");
            }
            return new ByteArraySource(entry.name(), bytes).random();
        }
    }
}
