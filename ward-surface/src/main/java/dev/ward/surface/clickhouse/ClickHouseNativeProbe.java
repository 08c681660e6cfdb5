package dev.ward.surface.clickhouse;

import dev.ward.core.Access;
import dev.ward.core.Evidence;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifies ClickHouse's native TCP protocol by a Hello exchange as user {@code default} with an empty password,
 * and on an open server keeps the connection to run read-only queries with the {@code readonly=1} setting.
 */
public final class ClickHouseNativeProbe {

    private static final long MAX_PLAUSIBLE_REVISION = 10_000_000;
    private static final int MAX_PLAUSIBLE_VERSION = 10_000;

    private final SurfaceOptions options;

    public ClickHouseNativeProbe(SurfaceOptions options) {
        this.options = options;
    }

    public ProbeResult probe(Endpoint endpoint, TimeBudget budget) throws ProbeException {
        Connection connection = Connection.open(endpoint, budget, options);
        boolean keep = false;
        try {
            String request = "native Hello: client " + NativeHello.CLIENT_NAME + " " + NativeHello.CLIENT_MAJOR + "."
                    + NativeHello.CLIENT_MINOR + " revision " + NativeHello.CLIENT_REVISION + ", user default, empty password";
            connection.allow(256 * 1024);
            connection.write(NativeHello.request("default", ""));
            NativeReader in = new NativeReader(connection);
            int first = in.uint8();
            if (first == NativePacket.SERVER_EXCEPTION) {
                ServerError error = ServerError.read(in);
                List<Evidence> evidence = List.of(Evidence.of("native Hello", request, "Exception " + error.summary()));
                String detail = error.isAuthentication()
                        ? "ClickHouse asks for a password over the native protocol (" + error.summary() + ")"
                        : "ClickHouse refused the native Hello (" + error.summary() + ")";
                return ProbeResult.of(ClickHouseIdentity.of(Access.AUTH_REQUIRED, "native", detail, evidence));
            }
            if (first != NativePacket.SERVER_HELLO) {
                throw ProbeException.unidentified("not the ClickHouse native protocol; first byte 0x"
                        + String.format("%02x", first));
            }
            NativeHello hello = NativeHello.read(in);
            if (!plausible(hello)) {
                throw ProbeException.unidentified("not the ClickHouse native protocol; implausible Hello");
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("native Hello", request, "Hello " + hello.describe()));
            ClickHouseIdentity identity = new ClickHouseIdentity(Access.OPEN, "native",
                    hello.serverName() + " " + hello.version() + " accepted user default with an empty password",
                    hello.version(), hello.timezone(), hello.displayName(), evidence);
            keep = true;
            return new ProbeResult(identity, new NativeSession(connection, in, hello, options), false);
        } finally {
            if (!keep) {
                connection.close();
            }
        }
    }

    private static boolean plausible(NativeHello hello) {
        return !hello.serverName().isEmpty() && hello.serverName().chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                && hello.revision() > 0 && hello.revision() < MAX_PLAUSIBLE_REVISION
                && hello.major() < MAX_PLAUSIBLE_VERSION && hello.minor() < MAX_PLAUSIBLE_VERSION
                && hello.timezone().chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
