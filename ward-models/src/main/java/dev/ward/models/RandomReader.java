package dev.ward.models;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Positional reads over an artifact. */
public interface RandomReader extends Closeable {

    long size();

    /** Reads up to {@code len} bytes at {@code position}; returns -1 at the end. */
    int read(long position, byte[] buffer, int offset, int len) throws IOException;

    default void readFully(long position, byte[] buffer) throws IOException {
        int done = 0;
        while (done < buffer.length) {
            int n = read(position + done, buffer, done, buffer.length - done);
            if (n < 0) {
                throw new EOFException("truncated: wanted " + buffer.length + " bytes at offset " + position);
            }
            done += n;
        }
    }

    /** A stream over {@code [start, start+length)}, which does not close this reader. */
    default InputStream slice(long start, long length) {
        return new InputStream() {
            private long position = start;
            private final long end = start + length;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= end) {
                    return -1;
                }
                int n = RandomReader.this.read(position, b, off, (int) Math.min(len, end - position));
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        };
    }
}
