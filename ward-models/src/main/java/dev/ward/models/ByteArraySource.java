package dev.ward.models;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** An artifact or entry held in memory; only ever built within {@link ScanLimits#maxInMemoryBytes()}. */
public record ByteArraySource(String name, byte[] bytes) implements ArtifactSource {

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public RandomReader random() {
        return new RandomReader() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int len) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(len, bytes.length - position);
                System.arraycopy(bytes, (int) position, buffer, offset, n);
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}
