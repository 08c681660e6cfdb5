package dev.ward.models.archive;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.ByteArraySource;
import dev.ward.models.Inspection;
import dev.ward.models.RandomReader;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * 7z archives, decoded by Apache Commons Compress under a memory limit. Members are read in order (7z streams are
 * often solid) and inspected from memory, so members over the in-memory limit are reported, not inspected.
 */
public final class SevenZipArchiveFormat implements ArtifactFormat {

    private static final byte[] SIGNATURE = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};

    @Override
    public String name() {
        return "7z";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        if (head.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".7z");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        if (!ArchiveDepth.allows(inspection)) {
            return;
        }
        int limit = inspection.limits().maxInMemoryBytes();
        try (RandomReader reader = source.random();
             SevenZFile archive = SevenZFile.builder().setSeekableByteChannel(new RandomReaderChannel(reader))
                     .setMaxMemoryLimitKiB(limit / 1024).get()) {
            int count = 0;
            for (SevenZArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                inspection.checkTime(-1);
                if (++count > inspection.limits().maxArchiveEntries()) {
                    inspection.unparseable("7z: more than " + inspection.limits().maxArchiveEntries() + " entries", -1);
                    return;
                }
                if (entry.isDirectory() || !entry.hasStream()) {
                    continue;
                }
                InputStream guarded = new InflationGuard(archive.getInputStream(entry), entry.getName(),
                        Math.max(1, reader.size()), inspection);
                byte[] bytes = guarded.readNBytes(limit + 1);
                if (bytes.length > limit) {
                    inspection.within(entry.getName()).unparseable("7z member larger than " + limit + " bytes; not inspected", -1);
                    continue;
                }
                inspection.inspectEntry(new ByteArraySource(entry.getName(), bytes));
            }
        }
    }
}
