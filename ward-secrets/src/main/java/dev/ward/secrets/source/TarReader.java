package dev.ward.secrets.source;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tar stream (ustar, GNU long names, pax path records) entry by entry, without seeking. Each header's
 * checksum is verified, so garbage is reported as a broken archive rather than read as entries.
 */
final class TarReader {

    record Entry(String name, long size, boolean regularFile) {
    }

    private static final int BLOCK = 512;

    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** True when the 512-byte header block at the start of {@code head} carries the ustar magic. */
    static boolean looksLikeTar(byte[] head) {
        return head.length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r';
    }

    /** The next entry, or null at the end. Skips what is left of the previous entry first. */
    Entry next() throws IOException {
        skipFully(remaining + padding);
        remaining = 0;
        padding = 0;
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length == 0 || isZero(header)) {
                return null;
            }
            if (header.length < BLOCK) {
                throw new EOFException("broken tar: truncated header");
            }
            verifyChecksum(header);
            long size = parseNumber(header, 124, 12);
            char type = (char) header[156];
            if (type == 'L' || type == 'x') {
                String data = new String(readData(size), StandardCharsets.UTF_8);
                longName = type == 'L' ? data.replace("\0", "") : paxPath(data, longName);
                continue;
            }
            String name = longName != null ? longName : headerName(header);
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Entry(name, size, type == '0' || type == '\0' || type == '7');
        }
    }

    /** The current entry's bytes; reading past its end gives end of stream. Closing it does nothing. */
    InputStream entryStream() {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new EOFException("broken tar: entry cut short");
                }
                remaining -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private byte[] readData(long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException("broken tar: a name record of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        skipFully((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private static String paxPath(String records, String fallback) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return fallback;
    }

    private static String headerName(byte[] header) {
        String name = field(header, 0, 100);
        String prefix = new String(header, 257, 6, StandardCharsets.US_ASCII).startsWith("ustar") ? field(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String field(byte[] header, int off, int len) {
        int end = off;
        while (end < off + len && header[end] != 0) {
            end++;
        }
        return new String(header, off, end - off, StandardCharsets.UTF_8);
    }

    private static long parseNumber(byte[] header, int off, int len) throws IOException {
        if ((header[off] & 0x80) != 0) {
            long value = header[off] & 0x7f;
            for (int i = off + 1; i < off + len; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            return value;
        }
        long value = 0;
        for (int i = off; i < off + len; i++) {
            byte b = header[i];
            if (b == 0 || b == ' ') {
                continue;
            }
            if (b < '0' || b > '7') {
                throw new IOException("broken tar: bad number in header");
            }
            value = value * 8 + (b - '0');
        }
        if (value < 0) {
            throw new IOException("broken tar: negative size");
        }
        return value;
    }

    private static void verifyChecksum(byte[] header) throws IOException {
        long stored = parseNumber(header, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
        }
        if (sum != stored) {
            throw new IOException("broken tar: header checksum mismatch");
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private void skipFully(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("broken tar: cut short");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
