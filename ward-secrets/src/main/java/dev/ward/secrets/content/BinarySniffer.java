package dev.ward.secrets.content;


/** Tells binary content from text the way git does: a NUL byte in the first 8,000 bytes means binary. */
public final class BinarySniffer {

    public static final int SNIFF_BYTES = 8000;

    private BinarySniffer() {
    }

    /** Whether a NUL is among the first {@link #SNIFF_BYTES} of {@code data[off, off + len)}; eight bytes at a time. */
    public static boolean looksBinary(byte[] data, int off, int len) {
        int end = off + Math.min(len, SNIFF_BYTES);
        int i = off;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long x = (long) Swar.LONGS.get(data, i);
            if (((x - Swar.ONES) & ~x & Swar.HIGH_BITS) != 0) {
                return true;
            }
        }
        for (; i < end; i++) {
            if (data[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
