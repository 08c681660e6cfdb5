package dev.ward.secrets.content;

/** Tells binary content from text the way git does: a NUL byte in the first 8,000 bytes means binary. */
public final class BinarySniffer {

    public static final int SNIFF_BYTES = 8000;

    private BinarySniffer() {
    }

    public static boolean looksBinary(byte[] data, int off, int len) {
        int end = off + Math.min(len, SNIFF_BYTES);
        for (int i = off; i < end; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
