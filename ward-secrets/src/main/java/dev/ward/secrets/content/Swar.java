package dev.ward.secrets.content;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** What the byte scans of this package share for reading eight bytes at a time and testing them all at once. */
final class Swar {

    /** Reads a little-endian long from a byte array at any offset. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long ONES = 0x0101010101010101L;
    static final long HIGH_BITS = 0x8080808080808080L;

    private Swar() {
    }
}
