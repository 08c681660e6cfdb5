package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;

public final class Hdf5KerasFormat implements ArtifactFormat {
    public String name() { return "Hdf5KerasFormat"; }
    public boolean matchesContent(byte[] head, long size) { return false; }
    public boolean matchesName(String fileName, boolean insideArchive) { return false; }
    public void inspect(ArtifactSource source, Inspection inspection) { }
}
