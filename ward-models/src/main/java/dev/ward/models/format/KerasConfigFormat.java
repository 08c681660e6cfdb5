package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;

import java.io.IOException;
import java.io.InputStream;

/** The {@code config.json} inside a Keras v3 {@code .keras} zip. */
public final class KerasConfigFormat implements ArtifactFormat {

    @Override
    public String name() {
        return "keras-config";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return false;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return insideArchive && fileName.equals("config.json");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        int limit = inspection.limits().maxInMemoryBytes();
        byte[] json;
        try (InputStream in = source.open()) {
            json = in.readNBytes(limit + 1);
        }
        if (json.length > limit) {
            throw new MalformedArtifactException("config.json is larger than " + limit + " bytes", 0);
        }
        KerasConfigInspector.inspect(json, -1, inspection);
    }
}
