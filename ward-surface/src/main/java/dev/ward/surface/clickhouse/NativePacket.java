package dev.ward.surface.clickhouse;

/** Packet type numbers of the ClickHouse native protocol that Ward sends or understands. */
final class NativePacket {

    static final int CLIENT_HELLO = 0;
    static final int CLIENT_QUERY = 1;
    static final int CLIENT_DATA = 2;

    static final int SERVER_HELLO = 0;
    static final int SERVER_DATA = 1;
    static final int SERVER_EXCEPTION = 2;
    static final int SERVER_PROGRESS = 3;
    static final int SERVER_PONG = 4;
    static final int SERVER_END_OF_STREAM = 5;
    static final int SERVER_PROFILE_INFO = 6;
    static final int SERVER_TOTALS = 7;
    static final int SERVER_EXTREMES = 8;

    private NativePacket() {
    }
}
