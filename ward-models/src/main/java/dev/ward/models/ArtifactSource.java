package dev.ward.models;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of one artifact or archive entry, readable from the start as often as needed, never loaded whole. */
public interface ArtifactSource {

    /** The file name, or the entry's path inside its archive. */
    String name();

    /** The size in bytes, or -1 when it is only known after reading (a compressed entry). */
    long size();

    /** A fresh stream from the first byte. The caller closes it. */
    InputStream open() throws IOException;

    /** Random access, for formats whose index sits at the end (zip). May copy a small entry into memory. */
    RandomReader random() throws IOException;

    /** The last path segment, lower-cased, for extension checks. */
    default String fileName() {
        String n = name();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
