package dev.ward.models.archive;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Zip containers: PyTorch's {@code archive/data.pkl} layout, Keras v3 {@code .keras}, NumPy {@code .npz} and plain
 * zips. Each entry is inspected by whichever format recognises it, so a pickle named {@code data.txt} is still found.
 */
public final class ZipArchiveFormat implements ArtifactFormat {

    @Override
    public String name() {
        return "zip";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".zip") || fileName.endsWith(".npz") || fileName.endsWith(".keras");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        if (!ArchiveDepth.allows(inspection)) {
            return;
        }
        try (RandomReader zip = source.random()) {
            List<ZipDirectory.Entry> entries = ZipDirectory.read(zip, inspection.limits().maxArchiveEntries(),
                    inspection.limits().maxInMemoryBytes());
            Set<Long> seenData = new HashSet<>();
            int overlapping = 0;
            for (ZipDirectory.Entry entry : entries) {
                inspection.checkTime(entry.localHeaderOffset());
                if (entry.isDirectory()) {
                    continue;
                }
                if (!seenData.add(entry.localHeaderOffset())) {
                    overlapping++;
                    continue;
                }
                if (declaresBomb(entry, inspection)) {
                    continue;
                }
                try {
                    long dataOffset = ZipDirectory.dataOffset(zip, entry);
                    inspection.inspectEntry(new ZipEntrySource(zip, entry, dataOffset, inspection));
                } catch (IOException e) {
                    inspection.within(entry.name()).unparseable(e.getMessage(), entry.localHeaderOffset());
                }
            }
            if (overlapping > 0) {
                inspection.report(ModelChecks.ARCHIVE_BOMB, overlapping + " zip entries reuse another entry's data "
                        + "(overlapping-file zip bomb)").key("overlap").emit();
            }
        }
    }

    /** Sizes declared in the directory can already prove a bomb before any byte is inflated. */
    private static boolean declaresBomb(ZipDirectory.Entry entry, Inspection inspection) {
        long ratio = inspection.limits().maxCompressionRatio();
        if (entry.size() > (1 << 20) && entry.compressedSize() > 0 && entry.size() / entry.compressedSize() > ratio) {
            inspection.report(ModelChecks.ARCHIVE_BOMB, "entry " + entry.name() + " declares " + entry.size()
                    + " bytes from " + entry.compressedSize() + " compressed").key(entry.name()).emit();
            return true;
        }
        return false;
    }
}
