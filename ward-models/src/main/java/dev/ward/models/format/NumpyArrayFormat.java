package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.pickle.PickleFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy {@code .npy} arrays (also the members of {@code .npz}). Numeric arrays are raw bytes and safe; an array
 * whose dtype holds Python objects is a pickle after the header, and {@code np.load(allow_pickle=True)} runs it.
 */
public final class NumpyArrayFormat implements ArtifactFormat {

    /** numpy itself refuses headers over 10 000 bytes unless told otherwise; allow generous slack, no more. */
    private static final int MAX_HEADER = 1 << 20;
    private static final Pattern DESCR = Pattern.compile("['\"]descr['\"]\\s*:\\s*(.+?)\\s*,\\s*['\"]fortran_order", Pattern.DOTALL);
    private static final Pattern OBJECT_TYPE = Pattern.compile("['\"][|<>=]?O\\d*['\"]");

    @Override
    public String name() {
        return "numpy";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return head.length >= 10 && (head[0] & 0xff) == 0x93
                && new String(head, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY");
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".npy");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        try (InputStream in = source.open()) {
            byte[] preamble = in.readNBytes(8);
            if (preamble.length < 8 || !matchesContent(padded(preamble), -1)) {
                throw new MalformedArtifactException("not a NumPy array: missing \\x93NUMPY magic", 0);
            }
            int major = preamble[6];
            int lengthBytes = major == 1 ? 2 : 4;
            byte[] lengthField = in.readNBytes(lengthBytes);
            if (lengthField.length < lengthBytes) {
                throw new MalformedArtifactException("truncated NumPy header", 8);
            }
            long headerLength = 0;
            for (int i = lengthBytes - 1; i >= 0; i--) {
                headerLength = (headerLength << 8) | (lengthField[i] & 0xff);
            }
            if (headerLength > MAX_HEADER) {
                throw new MalformedArtifactException("NumPy header of " + headerLength + " bytes exceeds " + MAX_HEADER, 8);
            }
            byte[] header = in.readNBytes((int) headerLength);
            if (header.length < headerLength) {
                throw new MalformedArtifactException("truncated NumPy header", 8 + lengthBytes);
            }
            String dict = new String(header, StandardCharsets.ISO_8859_1);
            Matcher descr = DESCR.matcher(dict);
            if (!descr.find()) {
                throw new MalformedArtifactException("NumPy header has no descr", 8 + lengthBytes);
            }
            if (OBJECT_TYPE.matcher(descr.group(1)).find()) {
                PickleFormat.scan(in, inspection, 8 + lengthBytes + headerLength);
            }
        }
    }

    private static byte[] padded(byte[] preamble) {
        byte[] head = new byte[10];
        System.arraycopy(preamble, 0, head, 0, preamble.length);
        return head;
    }
}
