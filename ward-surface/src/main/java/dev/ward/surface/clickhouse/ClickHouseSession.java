package dev.ward.surface.clickhouse;

import dev.ward.surface.net.ProbeException;

/** A way to run read-only queries on one ClickHouse server, over HTTP or the native protocol. */
public interface ClickHouseSession extends AutoCloseable {

    /** {@code http} or {@code native}. */
    String protocol();

    /**
     * Runs the query; every column comes back as text. A server-side error is a result, not an exception; a broken
     * connection or an exhausted budget is a {@link ProbeException}.
     */
    QueryResult query(ReadOnlyQuery query) throws ProbeException;

    @Override
    void close();
}
