package dev.ward.surface.clickhouse;

import dev.ward.core.Asset;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import java.util.Comparator;

import java.util.Locale;
import java.util.stream.Collectors;

/** Turns what the probes and the survey learned into findings; the wording of every ClickHouse finding lives here. */
public final class ClickHouseFindings {

    private static final int TABLES_NAMED = 3;

    private ClickHouseFindings() {
    }

    /** One finding for an open endpoint: CRITICAL when the sample held sensitive content, HIGH otherwise. */
    public static Finding unauthenticated(Asset asset, ClickHouseIdentity identity, BlastRadius radius) {
        boolean sensitive = !radius.tally().isEmpty();
        Finding.Builder b = Finding.of(ClickHouseUnauthenticatedCheck.INFO, asset)
                .severity(sensitive ? Severity.CRITICAL : Severity.HIGH)
                .message(message(identity, radius))
                .evidence(identity.evidence())
                .evidence(radius.evidence())
                .property("protocol", identity.protocol())
                .property("version", radius.version())
                .property("timezone", radius.timezone())
                .property("databases", radius.databases().size())
                .property("tables", radius.tables().size())
                .property("rows", radius.totalRows())
                .property("sampledTables", radius.sampledTables())
                .property("sampledRows", radius.sampledRows())
                .property("secrets", radius.tally().secrets())
                .property("pii", radius.tally().personalData())
                .property("transcripts", radius.tally().transcripts());
        if (!radius.incomplete().isEmpty()) {
            b.property("incomplete", radius.incomplete());
        }
        radius.tables().stream().filter(t -> t.rows() >= 0)
                .forEach(t -> b.property("rows." + t.qualifiedName(), t.rows()));
        return b.build();
    }

    /** The INFO finding for a ClickHouse that asked for a password. */
    public static Finding authRequired(Asset asset, ClickHouseIdentity identity) {
        return Finding.of(ClickHouseAuthRequiredCheck.INFO, asset)
                .message("ClickHouse" + (identity.version().isEmpty() ? "" : " " + identity.version())
                        + " reachable over " + protocolName(identity.protocol()) + "; it asks for a password: " + identity.detail())
                .evidence(identity.evidence())
                .property("protocol", identity.protocol())
                .build();
    }

    static String message(ClickHouseIdentity identity, BlastRadius radius) {
        StringBuilder m = new StringBuilder("ClickHouse");
        if (!radius.version().isEmpty()) {
            m.append(' ').append(radius.version());
        }
        if (!radius.timezone().isEmpty()) {
            m.append(" (").append(radius.timezone()).append(')');
        }
        m.append(" open without a password over ").append(protocolName(identity.protocol())).append(": ")
                .append(count(radius.databases().size(), "database")).append(", ")
                .append(count(radius.tables().size(), "table")).append(", ~").append(count(radius.totalRows(), "row"));
        String named = radius.tables().stream()
                .sorted(Comparator.comparingInt(TableStats::detections).reversed().thenComparing(Comparator.comparingLong(TableStats::rows).reversed()))
                .filter(t -> t.rows() > 0 || t.detections() > 0)
                .limit(TABLES_NAMED)
                .map(t -> displayName(t) + ": " + (t.rows() >= 0 ? "~" + count(t.rows(), "row") : "row count unknown"))
                .collect(Collectors.joining("; "));
        if (!named.isEmpty()) {
            m.append("; ").append(named);
        }
        if (radius.tally().isEmpty()) {
            m.append("; no secrets or personal data found in ").append(number(radius.sampledRows())).append(" sampled rows");
        } else {
            m.append("; ").append(radius.tally().summary());
        }
        if (!radius.incomplete().isEmpty()) {
            m.append(" (measurement incomplete: ").append(radius.incomplete()).append(')');
        }
        return m.toString();
    }

    static String protocolName(String protocol) {
        return switch (protocol) {
            case "http" -> "HTTP";
            case "native" -> "the native protocol";
            default -> protocol;
        };
    }

    private static String displayName(TableStats t) {
        return t.database().equals("default") ? t.name() : t.qualifiedName();
    }

    static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

}
