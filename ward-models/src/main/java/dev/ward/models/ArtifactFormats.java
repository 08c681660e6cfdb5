package dev.ward.models;

import dev.ward.models.archive.SevenZipArchiveFormat;
import dev.ward.models.archive.TarArchiveFormat;
import dev.ward.models.archive.ZipArchiveFormat;
import dev.ward.models.format.GgufFormat;
import dev.ward.models.format.Hdf5KerasFormat;
import dev.ward.models.format.KerasConfigFormat;
import dev.ward.models.format.NumpyArrayFormat;
import dev.ward.models.format.OnnxFormat;
import dev.ward.models.format.SafetensorsFormat;
import dev.ward.models.format.SavedModelFormat;
import dev.ward.models.pickle.PickleFormat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The one list of formats Ward recognises, and the dispatch from bytes or name to a format. */
public final class ArtifactFormats {

    public static final int HEAD_BYTES = 512;

    private final List<ArtifactFormat> formats;

    public ArtifactFormats(List<ArtifactFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public static ArtifactFormats standard() {
        return new ArtifactFormats(List.of(new ZipArchiveFormat(), new SevenZipArchiveFormat(), new TarArchiveFormat(),
                new NumpyArrayFormat(), new GgufFormat(), new Hdf5KerasFormat(), new SafetensorsFormat(),
                new PickleFormat(), new SavedModelFormat(), new OnnxFormat(), new KerasConfigFormat()));
    }

    /** The format whose signature the leading bytes carry, else the one the name implies, else none. */
    public Optional<ArtifactFormat> select(ArtifactSource source, boolean insideArchive) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (DecompressionBombException e) {
            throw e;
        } catch (IOException e) {
            if (!insideArchive) {
                throw e;
            }
            head = new byte[0]; // an entry that will not inflate can still be claimed by name, and then reported
        }
        for (ArtifactFormat format : formats) {
            if (format.matchesContent(head, source.size())) {
                return Optional.of(format);
            }
        }
        String name = source.fileName();
        return formats.stream().filter(f -> f.matchesName(name, insideArchive)).findFirst();
    }

    void inspectEntry(ArtifactSource child, Inspection inspection) {
        try {
            Optional<ArtifactFormat> format = select(child, true);
            if (format.isPresent()) {
                inspect(format.get(), child, inspection);
            }
        } catch (DecompressionBombException e) {
            inspection.report(ModelChecks.ARCHIVE_BOMB, inspection.entry() + ": " + e.getMessage()).key(e.getMessage()).emit();
        } catch (IOException e) {
            inspection.unparseable(oneLine(e), -1);
        }
    }

    /** Runs one format over one source; whatever goes wrong becomes a one-line finding, never an exception. */
    public void inspect(ArtifactFormat format, ArtifactSource source, Inspection inspection) {
        try {
            format.inspect(source, inspection);
        } catch (DecompressionBombException e) {
            inspection.report(ModelChecks.ARCHIVE_BOMB, (inspection.entry().isEmpty() ? "" : inspection.entry() + ": ")
                    + e.getMessage()).key(e.getMessage()).emit();
        } catch (MalformedArtifactException e) {
            inspection.unparseable(format.name() + ": " + e.getMessage(), e.offset());
        } catch (IOException e) {
            inspection.unparseable(format.name() + ": " + oneLine(e), -1);
        } catch (StackOverflowError e) {
            inspection.unparseable(format.name() + ": structure nested too deeply to inspect", -1);
        } catch (RuntimeException e) {
            inspection.unparseable(format.name() + ": inspection failed: " + oneLine(e), -1);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
