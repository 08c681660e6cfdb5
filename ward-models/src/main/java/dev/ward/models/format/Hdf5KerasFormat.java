package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keras 2 {@code .h5} files. This is not an HDF5 parser: Keras stores the model config as a JSON string attribute,
 * and attributes are never compressed, so a bounded streaming byte search for {@code {"class_name":} finds it; the
 * JSON object is then cut out by brace matching (at most the in-memory limit) and inspected like a .keras config.
 */
public final class Hdf5KerasFormat implements ArtifactFormat {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final byte[] CONFIG_START = "{\"class_name\":".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_CONFIGS = 4;

    @Override
    public String name() {
        return "keras-h5";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        for (int base = 0; base + SIGNATURE.length <= head.length; base += 512) {
            if (java.util.Arrays.equals(head, base, base + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".h5") || fileName.endsWith(".hdf5");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        int found = 0;
        try (InputStream in = source.open(); RandomReader random = source.random()) {
            byte[] chunk = new byte[1 << 20];
            int matched = 0;
            long offset = 0;
            long resumeAt = 0;
            for (int n = in.read(chunk); n > 0 && found < MAX_CONFIGS; n = in.read(chunk)) {
                inspection.checkTime(offset);
                for (int i = 0; i < n && found < MAX_CONFIGS; i++) {
                    matched = chunk[i] == CONFIG_START[matched] ? matched + 1 : chunk[i] == CONFIG_START[0] ? 1 : 0;
                    if (matched == CONFIG_START.length) {
                        matched = 0;
                        long start = offset + i + 1 - CONFIG_START.length;
                        if (start < resumeAt) {
                            continue;                            // a layer inside the config already inspected
                        }
                        byte[] json = jsonObjectAt(random, start, inspection);
                        KerasConfigInspector.inspect(json, start, inspection);
                        resumeAt = start + json.length;
                        found++;
                    }
                }
                offset += n;
            }
        }
    }

    /** The balanced JSON object starting at {@code start}, skipping braces inside strings. */
    private static byte[] jsonObjectAt(RandomReader in, long start, Inspection inspection) throws IOException {
        int limit = inspection.limits().maxInMemoryBytes();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (long position = start; out.size() <= limit; ) {
            int n = in.read(position, buffer, 0, buffer.length);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                out.write(b);
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{') {
                    depth++;
                } else if (b == '}' && --depth == 0) {
                    return out.toByteArray();
                }
            }
            position += n;
        }
        throw new MalformedArtifactException("model config JSON does not close within " + limit + " bytes", start);
    }
}
