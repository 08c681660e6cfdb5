package dev.ward.surface.clickhouse;

import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only queries over an open native connection. Each query goes out as a Query packet with the setting
 * {@code readonly=1}, stage Complete and no compression, followed by the empty Data block that ends the client's
 * input; the reply is read packet by packet until EndOfStream or Exception.
 */
final class NativeSession implements ClickHouseSession {

    private static final int STAGE_COMPLETE = 2;
    private static final int QUERY_KIND_INITIAL = 1;
    private static final int INTERFACE_TCP = 1;
    private static final long REVISION_WITH_CLIENT_INFO = 54032;
    private static final long REVISION_WITH_QUOTA_KEY = 54060;
    private static final long REVISION_WITH_TOTAL_ROWS_IN_PROGRESS = 51554;
    private static final long REVISION_WITH_WRITE_INFO_IN_PROGRESS = 54420;
    private static final int MAX_PACKETS = 100_000;

    private final Connection connection;
    private final NativeReader in;
    private final NativeHello hello;
    private final SurfaceOptions options;
    private final NativeBlockReader blocks;
    private boolean sendReadonly = true;

    NativeSession(Connection connection, NativeReader in, NativeHello hello, SurfaceOptions options) {
        this.connection = connection;
        this.in = in;
        this.hello = hello;
        this.options = options;
        this.blocks = new NativeBlockReader(Math.max(options.maxCellBytes(), 64 * 1024));
    }

    NativeHello hello() {
        return hello;
    }

    @Override
    public String protocol() {
        return "native";
    }

    @Override
    public QueryResult query(ReadOnlyQuery query) throws ProbeException {
        QueryResult result = run(query);
        if (!result.ok() && result.error().code() == ServerError.READONLY && sendReadonly) {
            // The user is read-only already and may not even restate readonly=1; ask again without settings.
            sendReadonly = false;
            result = run(query);
        }
        return result;
    }

    private QueryResult run(ReadOnlyQuery query) throws ProbeException {
        String request = "native Query (readonly=" + (sendReadonly ? "1" : "user default") + "): " + query.sql();
        connection.allow(options.maxResponseBytes() + 64L * 1024);
        connection.write(queryPacket(query.sql()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < MAX_PACKETS; i++) {
            int type = (int) in.varUInt();
            switch (type) {
                case NativePacket.SERVER_DATA -> rows.addAll(blocks.read(in));
                case NativePacket.SERVER_TOTALS, NativePacket.SERVER_EXTREMES -> blocks.read(in);
                case NativePacket.SERVER_PROGRESS -> skipProgress();
                case NativePacket.SERVER_PROFILE_INFO -> skipProfileInfo();
                case NativePacket.SERVER_PONG -> { }
                case NativePacket.SERVER_EXCEPTION -> {
                    ServerError error = ServerError.read(in);
                    return QueryResult.failed(error, request, "Exception " + error.summary());
                }
                case NativePacket.SERVER_END_OF_STREAM -> {
                    return new QueryResult(rows, false, null, request, rows.size() + " rows");
                }
                default -> throw ProbeException.unidentified("unexpected native packet type " + type + " in query reply");
            }
        }
        throw ProbeException.unidentified("native query reply has more than " + MAX_PACKETS + " packets");
    }

    private byte[] queryPacket(String sql) {
        long revision = hello.effectiveRevision();
        NativeWriter w = new NativeWriter().varUInt(NativePacket.CLIENT_QUERY).string("");
        if (revision >= REVISION_WITH_CLIENT_INFO) {
            w.uint8(QUERY_KIND_INITIAL).string("").string("").string("0.0.0.0:0")
                    .uint8(INTERFACE_TCP).string("ward").string("ward").string(NativeHello.CLIENT_NAME)
                    .varUInt(NativeHello.CLIENT_MAJOR).varUInt(NativeHello.CLIENT_MINOR).varUInt(NativeHello.CLIENT_REVISION);
            if (revision >= REVISION_WITH_QUOTA_KEY) {
                w.string("");
            }
            if (revision >= NativeHello.REVISION_WITH_VERSION_PATCH) {
                w.varUInt(0);
            }
        }
        // Below revision 54429 settings travel as name + binary value; readonly is a UInt64 varint.
        if (sendReadonly) {
            w.string("readonly").varUInt(1);
        }
        w.string("");
        w.varUInt(STAGE_COMPLETE).varUInt(0).string(sql);
        // The empty block that tells the server the client sends no external tables.
        w.varUInt(NativePacket.CLIENT_DATA).string("")
                .varUInt(1).uint8(0).varUInt(2).int32(-1).varUInt(0)
                .varUInt(0).varUInt(0);
        return w.bytes();
    }

    private void skipProgress() throws ProbeException {
        long revision = hello.effectiveRevision();
        in.varUInt();
        in.varUInt();
        if (revision >= REVISION_WITH_TOTAL_ROWS_IN_PROGRESS) {
            in.varUInt();
        }
        if (revision >= REVISION_WITH_WRITE_INFO_IN_PROGRESS) {
            in.varUInt();
            in.varUInt();
        }
    }

    private void skipProfileInfo() throws ProbeException {
        in.varUInt();
        in.varUInt();
        in.varUInt();
        in.uint8();
        in.varUInt();
        in.uint8();
    }

    @Override
    public void close() {
        connection.close();
    }
}
