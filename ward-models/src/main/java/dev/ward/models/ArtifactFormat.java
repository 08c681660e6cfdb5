package dev.ward.models;

import java.io.IOException;

/**
 * One model file format: how to recognise it and how to inspect it. Content wins over names: a format that
 * recognises the leading bytes is chosen before one that only recognises the file name.
 */
public interface ArtifactFormat {

    /** A short stable name, shown as the asset's {@code format} attribute: {@code pickle}, {@code zip}, {@code gguf}. */
    String name();

    /** True when the leading bytes (up to {@link ArtifactFormats#HEAD_BYTES}) are this format's signature. */
    boolean matchesContent(byte[] head, long size);

    /** True when the name alone says this format; {@code insideArchive} for entries of a zip or tar. */
    boolean matchesName(String fileName, boolean insideArchive);

    /** Reads the artifact and reports through the inspection. May throw; the caller turns that into one line. */
    void inspect(ArtifactSource source, Inspection inspection) throws IOException;
}
