package dev.ward.secrets.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Tells binary content from text the way git does: a NUL byte in the first 8,000 bytes means binary. */
public final class BinarySniffer {

    public static final int SNIFF_BYTES = 8000;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private BinarySniffer() {
    }

    /** Whether a NUL is among the first {@link #SNIFF_BYTES} of {@code data[off, off + len)}; eight bytes at a time. */
    public static boolean looksBinary(byte[] data, int off, int len) {
        int end = off + Math.min(len, SNIFF_BYTES);
        int i = off;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long x = (long) LONGS.get(data, i);
            if (((x - ONES) & ~x & HIGH_BITS) != 0) {
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
