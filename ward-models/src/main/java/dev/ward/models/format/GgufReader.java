package dev.ward.models.format;

import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Streams a GGUF header's key/value metadata. Only the string values whose keys the caller asks for are kept (up to
 * a bound); every other value, including vocabularies of hundreds of thousands of strings, is skipped as it
 * streams. Counts and lengths are checked against what is left of the file before they are trusted.
 */
final class GgufReader {

    record StringValue(String value, long offset, boolean truncated) {
    }

    private static final int STRING = 8;
    private static final int ARRAY = 9;
    private static final int[] FIXED_WIDTH = {1, 1, 2, 2, 4, 4, 4, 1, -1, -1, 8, 8, 8};
    private static final int MAX_KEY = 65_536;

    private final InputStream in;
    private final long size;
    private final Inspection inspection;
    private long offset;

    GgufReader(InputStream in, long size, Inspection inspection) {
        this.in = in;
        this.size = size;
        this.inspection = inspection;
    }

    Map<String, StringValue> read(Predicate<String> wanted, int maxValueBytes) throws IOException {
        byte[] magic = in.readNBytes(4);
        if (!new String(magic, StandardCharsets.ISO_8859_1).equals("GGUF")) {
            throw new MalformedArtifactException("missing GGUF magic", 0);
        }
        offset = 4;
        long version = u32();
        if (version < 2 || version > 3) {
            throw new MalformedArtifactException("unsupported GGUF version " + version, 4);
        }
        long tensors = u64();
        long keys = u64();
        // each tensor needs at least 24 header bytes and each key at least 12: more than the file holds is a lie
        if (tensors < 0 || keys < 0 || (size >= 0 && (tensors > size / 24 || keys > size / 12))) {
            throw new MalformedArtifactException("GGUF header claims " + tensors + " tensors and " + keys
                    + " metadata keys, more than the file can hold", 8);
        }
        Map<String, StringValue> kept = new LinkedHashMap<>();
        for (long i = 0; i < keys; i++) {
            if ((i & 0xFF) == 0) {
                inspection.checkTime(offset);
            }
            String key = string(MAX_KEY, true).value();
            int type = (int) u32();
            if (type == STRING && wanted.test(key)) {
                kept.put(key, string(maxValueBytes, false));
            } else {
                skipValue(type);
            }
        }
        return kept;
    }

    private void skipValue(int type) throws IOException {
        if (type == STRING) {
            skip(length());
        } else if (type == ARRAY) {
            int elementType = (int) u32();
            long count = u64();
            if (count < 0 || (size >= 0 && count > size - offset)) {
                throw new MalformedArtifactException("GGUF array of " + count + " elements is larger than the file", offset);
            }
            if (elementType == STRING || elementType == ARRAY) {
                for (long i = 0; i < count; i++) {
                    if ((i & 0xFFFF) == 0) {
                        inspection.checkTime(offset);
                    }
                    if (elementType == ARRAY) {
                        throw new MalformedArtifactException("nested GGUF arrays are not part of the format", offset);
                    }
                    skip(length());
                }
            } else {
                skip(Math.multiplyExact(count, width(elementType)));
            }
        } else {
            skip(width(type));
        }
    }

    private int width(int type) throws MalformedArtifactException {
        if (type < 0 || type >= FIXED_WIDTH.length || FIXED_WIDTH[type] < 0) {
            throw new MalformedArtifactException("unknown GGUF value type " + type, offset);
        }
        return FIXED_WIDTH[type];
    }

    private long length() throws IOException {
        long n = u64();
        if (n < 0 || (size >= 0 && n > size - offset)) {
            throw new MalformedArtifactException("GGUF string of " + Long.toUnsignedString(n) + " bytes is larger than the file", offset);
        }
        return n;
    }

    private StringValue string(int max, boolean strict) throws IOException {
        long n = length();
        if (strict && n > max) {
            throw new MalformedArtifactException("GGUF key of " + n + " bytes", offset);
        }
        long start = offset;
        int keep = (int) Math.min(n, max);
        byte[] bytes = in.readNBytes(keep);
        if (bytes.length < keep) {
            throw new MalformedArtifactException("truncated GGUF metadata", offset);
        }
        offset += keep;
        skip(n - keep);
        return new StringValue(new String(bytes, StandardCharsets.UTF_8), start, n > keep);
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new MalformedArtifactException("truncated GGUF metadata", offset);
                }
                skipped = 1;
            }
            left -= skipped;
            offset += skipped;
        }
    }

    private long u32() throws IOException {
        return littleEndian(4);
    }

    private long u64() throws IOException {
        return littleEndian(8);
    }

    private long littleEndian(int width) throws IOException {
        byte[] b = in.readNBytes(width);
        if (b.length < width) {
            throw new MalformedArtifactException("truncated GGUF header", offset);
        }
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        offset += width;
        return v;
    }
}
