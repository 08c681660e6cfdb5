package dev.ward.surface.clickhouse;

/**
 * A probe's answer: the identity, and when the server is open, a session to measure it with.
 *
 * @param identity   what was learned
 * @param session    an open session when {@code identity.access()} is OPEN, otherwise null; the caller closes it
 * @param speaksNative true when an HTTP request showed this is a native-protocol port
 */
public record ProbeResult(ClickHouseIdentity identity, ClickHouseSession session, boolean speaksNative) {

    static ProbeResult of(ClickHouseIdentity identity) {
        return new ProbeResult(identity, null, false);
    }
}
