package dev.ward.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of probing one endpoint for one service over one protocol, with the exchange that shows it.
 *
 * @param asset    the endpoint, for example {@code clickhouse://127.0.0.1:9000}
 * @param service  the service looked for, for example {@code clickhouse}
 * @param protocol the protocol spoken, for example {@code http} or {@code native}; empty when nothing answered
 * @param access   what was learned
 * @param detail   one line for a person, for example {@code "connection refused"} or {@code "ClickHouse 18.16.1, no password"}
 * @param evidence the requests and responses, redacted
 */
public record Exposure(Asset asset, String service, String protocol, Access access, String detail, List<Evidence> evidence) {

    public Exposure {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(access, "access");
        protocol = protocol == null ? "" : protocol;
        detail = Redactor.standard().scrub(detail == null ? "" : detail);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** The service named when a probe that knows many services recognised none of them. */
    public static final String UNKNOWN_SERVICE = "unknown";

    /**
     * The outcome as a person reads it: {@code OPEN}, {@code AUTH_REQUIRED}, {@code UNREACHABLE}, and for an answer
     * that is not what was looked for, {@code NOT_CLICKHOUSE} (one service looked for) or {@code UNKNOWN} (many).
     */
    public String label() {
        if (access == Access.NOT_IDENTIFIED && service.equals(UNKNOWN_SERVICE)) {
            return "UNKNOWN";
        }
        if (access == Access.NOT_IDENTIFIED) {
            return "NOT_" + service.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        }
        return access.name();
    }
}
