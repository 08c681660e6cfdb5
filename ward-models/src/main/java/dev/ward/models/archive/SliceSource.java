package dev.ward.models.archive;

import dev.ward.models.ArtifactSource;
import dev.ward.models.RandomReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stored (uncompressed) archive member: a window onto the archive's bytes. */
final class SliceSource implements ArtifactSource {

    private final String name;
    private final RandomReader archive;
    private final long start;
    private final long length;

    SliceSource(String name, RandomReader archive, long start, long length) {
        this.name = name;
        this.archive = archive;
        this.start = start;
        this.length = length;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return length;
    }

    @Override
    public InputStream open() {
        return new BufferedInputStream(archive.slice(start, length), 1 << 16);
    }

    @Override
    public RandomReader random() {
        return new RandomReader() {
            @Override
            public long size() {
                return length;
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                if (position >= length) {
                    return -1;
                }
                return archive.read(start + position, buffer, offset, (int) Math.min(len, length - position));
            }

            @Override
            public void close() {
                // the archive's reader is closed by its owner
            }
        };
    }
}
