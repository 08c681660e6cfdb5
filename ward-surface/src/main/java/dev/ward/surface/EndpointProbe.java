package dev.ward.surface;

import dev.ward.core.ScanListener;

/**
 * Everything Ward does to one endpoint: identify what answers and, when it is open, measure what it exposes.
 * The scanner schedules endpoints; a probe never sees more than one. Must emit exactly one exposure per call.
 */
public interface EndpointProbe {

    /** The service named in an outcome when the probe itself fails, for example {@code clickhouse}. */
    String service();

    void probe(Endpoint endpoint, ScanListener listener);
}
