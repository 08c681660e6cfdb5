package dev.ward.surface.clickhouse;

import dev.ward.core.Evidence;
import dev.ward.core.TimeBudget;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.DetectionTally;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.ProbeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Measures the blast radius of an open ClickHouse with read-only queries: server facts, databases, tables, columns,
 * row counts from active parts, and a small sample of tables that look like logs, chats, users or keys, scanned for
 * secrets and personal data. Nothing read leaves this class except counts and masked excerpts.
 */
public final class ClickHouseSurvey {

    static final String NOT_SYSTEM = "database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema')";
    /** Table or column names that suggest conversations, logs, identities, credentials or model metadata. */
    static final Pattern INTERESTING = Pattern.compile("(?i)log|chat|messag|msg|prompt|completion|conversation|dialog"
            + "|user|account|customer|email|key|token|secret|credential|passw|auth|session|span|trace|model|llm|embedding"
            + "|request|response|history|event|audit|string\\.values");
    /**
     * Only engines that keep their data on this server are sampled. Reading a Kafka or RabbitMQ table consumes
     * messages, and Distributed, URL, S3, MySQL and similar engines reach other systems.
     */
    private static final Pattern LOCAL_ENGINE = Pattern.compile("(Replicated)?(Replacing|Summing|Aggregating|Collapsing"
            + "|VersionedCollapsing|Graphite|Coalescing)?MergeTree|Log|TinyLog|StripeLog|Memory");
    private static final int MAX_TABLES = 5000;
    private static final int MAX_COLUMNS_LISTED = 20000;
    private static final int MAX_COLUMNS_SAMPLED = 16;
    private static final int MIN_CELL_BYTES = 256;
    private static final int SHOW_TABLES_DATABASES = 3;

    private static final int SCHEMA_TABLES_LISTED = 40;

    private final SurfaceOptions options;
    private final ContentScanner scanner = ContentScanner.standard();

    public ClickHouseSurvey(SurfaceOptions options) {
        this.options = options;
    }

    public BlastRadius survey(ClickHouseSession session, ClickHouseIdentity identity, TimeBudget budget) {
        List<Evidence> evidence = new ArrayList<>();
        DetectionTally tally = new DetectionTally();
        String version = identity.version();
        String timezone = identity.timezone();
        String displayName = identity.displayName();
        List<String> databases = new ArrayList<>();
        Map<String, TableStats> tables = new LinkedHashMap<>();
        try {
            QueryResult facts = session.query(ReadOnlyQuery.of("SELECT version(), timezone(), hostName()"));
            if (facts.ok() && !facts.rows().isEmpty() && facts.rows().getFirst().size() >= 3) {
                List<String> row = facts.rows().getFirst();
                version = row.get(0);
                timezone = row.get(1);
                evidence.add(Evidence.of("server facts", facts.request(), String.join("\t", row)));
                if (displayName.isBlank()) {
                    QueryResult display = session.query(ReadOnlyQuery.of("SELECT displayName()"));
                    displayName = display.ok() ? display.scalar() : row.get(2);
                }
            }
            QueryResult dbs = session.query(ReadOnlyQuery.of("SELECT name FROM system.databases WHERE name NOT IN "
                    + "('system', 'INFORMATION_SCHEMA', 'information_schema') ORDER BY name LIMIT " + MAX_TABLES));
            dbs.rows().forEach(r -> databases.add(r.getFirst()));
            readTables(session, tables);
            readColumns(session, tables);
            readRowCounts(session, tables);
            evidence.add(schema(tables));
            evidence.addAll(showTables(session, databases));
            sample(session, tables, tally, evidence, budget);
        } catch (ProbeException e) {
            return new BlastRadius(version, timezone, displayName, databases, List.copyOf(tables.values()), tally,
                    evidence, e.getMessage());
        }
        String incomplete = budget.expired() ? "time budget used up before every table was sampled" : "";
        return new BlastRadius(version, timezone, displayName, databases, List.copyOf(tables.values()), tally, evidence, incomplete);
    }

    private static void readTables(ClickHouseSession session, Map<String, TableStats> tables) throws ProbeException {
        QueryResult result = session.query(ReadOnlyQuery.of("SELECT database, name, engine FROM system.tables WHERE "
                + NOT_SYSTEM + " ORDER BY database, name LIMIT " + MAX_TABLES));
        for (List<String> r : result.rows()) {
            if (r.size() >= 3) {
                tables.put(key(r.get(0), r.get(1)), new TableStats(r.get(0), r.get(1), r.get(2), List.of(), -1, 0, 0));
            }
        }
    }

    private static void readColumns(ClickHouseSession session, Map<String, TableStats> tables) throws ProbeException {
        QueryResult result = session.query(ReadOnlyQuery.of("SELECT database, table, name, type FROM system.columns WHERE "
                + NOT_SYSTEM + " LIMIT " + MAX_COLUMNS_LISTED));
        Map<String, List<TableStats.Column>> columns = new LinkedHashMap<>();
        for (List<String> r : result.rows()) {
            if (r.size() >= 4) {
                columns.computeIfAbsent(key(r.get(0), r.get(1)), k -> new ArrayList<>()).add(new TableStats.Column(r.get(2), r.get(3)));
            }
        }
        columns.forEach((k, cols) -> tables.computeIfPresent(k, (kk, t) ->
                new TableStats(t.database(), t.name(), t.engine(), cols, t.rows(), 0, 0)));
    }

    private static void readRowCounts(ClickHouseSession session, Map<String, TableStats> tables) throws ProbeException {
        // system.parts works on every version; system.tables.total_rows only exists on newer servers.
        QueryResult result = session.query(ReadOnlyQuery.of("SELECT database, table, toString(sum(rows)) FROM system.parts"
                + " WHERE active AND " + NOT_SYSTEM + " GROUP BY database, table LIMIT " + MAX_TABLES));
        for (List<String> r : result.rows()) {
            if (r.size() >= 3 && r.get(2).matches("\\d{1,19}")) {
                tables.computeIfPresent(key(r.get(0), r.get(1)), (k, t) -> t.withRows(Long.parseLong(r.get(2))));
            }
        }
    }

    /** Every table with its engine, approximate rows and columns: what an attacker maps first. */
    static Evidence schema(Map<String, TableStats> tables) {
        StringBuilder out = new StringBuilder();
        tables.values().stream().limit(SCHEMA_TABLES_LISTED).forEach(t -> out
                .append(t.qualifiedName()).append(" (").append(t.engine()).append(", ")
                .append(t.rows() >= 0 ? "~" + ClickHouseFindings.count(t.rows(), "row") : "row count unknown").append("): ")
                .append(t.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(", ")))
                .append('\n'));
        if (tables.size() > SCHEMA_TABLES_LISTED) {
            out.append("… ").append(tables.size() - SCHEMA_TABLES_LISTED).append(" more tables\n");
        }
        return Evidence.of("tables, columns and row counts (system.tables, system.columns, system.parts)",
                "SELECT … FROM system.tables / system.columns / system.parts (read-only)", out.toString());
    }

    private static List<Evidence> showTables(ClickHouseSession session, List<String> databases) throws ProbeException {
        List<Evidence> out = new ArrayList<>();
        for (String db : databases.stream().limit(SHOW_TABLES_DATABASES).toList()) {
            QueryResult r = session.query(ReadOnlyQuery.of("SHOW TABLES FROM " + ReadOnlyQuery.identifier(db)));
            if (r.ok()) {
                String names = String.join("\n", r.rows().stream().limit(50).map(List::getFirst).toList());
                out.add(Evidence.of("SHOW TABLES FROM " + db + " (" + r.rows().size() + " tables)", r.request(), names));
            }
        }
        return out;
    }

    private void sample(ClickHouseSession session, Map<String, TableStats> tables, DetectionTally tally,
                        List<Evidence> evidence, TimeBudget budget) throws ProbeException {
        if (options.sampleRows() == 0) {
            return;
        }
        List<TableStats> candidates = tables.values().stream().filter(ClickHouseSurvey::interesting)
                .filter(ClickHouseSurvey::storedLocally)
                .filter(t -> t.rows() != 0 && !t.columns().isEmpty())
                .sorted(Comparator.comparingLong(TableStats::rows).reversed())
                .limit(options.maxTablesSampled()).toList();
        for (TableStats table : candidates) {
            if (budget.expired()) {
                return;
            }
            List<TableStats.Column> columns = sampledColumns(table);
            ReadOnlyQuery query = ReadOnlyQuery.of(sampleSql(table, columns));
            QueryResult result = session.query(query);
            if (!result.ok()) {
                evidence.add(Evidence.of("sample of " + table.qualifiedName() + " refused", result.request(), result.response()));
                continue;
            }
            int found = 0;
            SampleExcerpt excerpt = new SampleExcerpt(columns.stream().map(TableStats.Column::name).toList());
            for (List<String> row : result.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    List<Detection> detections = scanner.scan(row.get(c));
                    tally.addAll(detections);
                    found += detections.size();
                    excerpt.add(Math.min(c, columns.size() - 1), detections);
                }
            }
            tables.put(key(table.database(), table.name()), table.withSample(result.rows().size(), found));
            evidence.add(Evidence.of("sample of " + table.qualifiedName() + ": " + ClickHouseFindings.count(result.rows().size(), "row")
                    + ", " + ClickHouseFindings.count(found, "sensitive item"), result.request(), excerpt.render()));
        }
    }

    static boolean storedLocally(TableStats table) {
        return LOCAL_ENGINE.matcher(table.engine()).matches();
    }

    static boolean interesting(TableStats table) {
        return INTERESTING.matcher(table.name()).find()
                || table.columns().stream().anyMatch(c -> INTERESTING.matcher(c.name()).find());
    }

    private static List<TableStats.Column> sampledColumns(TableStats table) {
        return table.columns().stream()
                .sorted(Comparator.comparing((TableStats.Column c) -> !c.type().contains("String")))
                .limit(MAX_COLUMNS_SAMPLED).toList();
    }

    /** Every column cast to String and cut on the server, so the sample of one table stays under the byte cap. */
    String sampleSql(TableStats table, List<TableStats.Column> columns) {
        long perCell = options.maxResponseBytes() / 2 / ((long) options.sampleRows() * columns.size());
        long cellBytes = Math.max(MIN_CELL_BYTES, Math.min(options.maxCellBytes(), perCell));
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add("substring(ifNull(toString(" + ReadOnlyQuery.identifier(columns.get(i).name()) + "), ''), 1, "
                    + cellBytes + ") AS c" + i);
        }
        return "SELECT " + String.join(", ", cells) + " FROM " + ReadOnlyQuery.identifier(table.database()) + "."
                + ReadOnlyQuery.identifier(table.name()) + " LIMIT " + options.sampleRows();
    }

    private static String key(String database, String table) {
        return database + "\u0000" + table;
    }
}
