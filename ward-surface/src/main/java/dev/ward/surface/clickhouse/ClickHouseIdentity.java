package dev.ward.surface.clickhouse;

import dev.ward.core.Access;
import dev.ward.core.Evidence;
import java.util.List;

/**
 * What one probe learned about one endpoint, before any measurement.
 *
 * @param access      the outcome
 * @param protocol    {@code http} or {@code native}; empty when nothing answered
 * @param detail      one line for a person
 * @param version     the server version, when known
 * @param timezone    the server timezone, when known
 * @param displayName the server's display name, when known
 * @param evidence    the identifying exchanges
 */
public record ClickHouseIdentity(Access access, String protocol, String detail, String version, String timezone,
                                 String displayName, List<Evidence> evidence) {

    public ClickHouseIdentity {
        evidence = List.copyOf(evidence);
        version = version == null ? "" : version;
        timezone = timezone == null ? "" : timezone;
        displayName = displayName == null ? "" : displayName;
    }

    static ClickHouseIdentity of(Access access, String protocol, String detail, List<Evidence> evidence) {
        return new ClickHouseIdentity(access, protocol, detail, "", "", "", evidence);
    }

    public boolean isClickHouse() {
        return access == Access.OPEN || access == Access.AUTH_REQUIRED;
    }

    public ClickHouseIdentity withDetails(String newVersion, String newTimezone, String newDisplayName) {
        return new ClickHouseIdentity(access, protocol, detail, or(newVersion, version), or(newTimezone, timezone),
                or(newDisplayName, displayName), evidence);
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
