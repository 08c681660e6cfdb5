package dev.ward.surface.clickhouse;

import java.util.List;

/**
 * One table as seen from outside: name, engine, columns, the row count from its active parts, and what sampling it found.
 *
 * @param rows        rows in active parts; -1 when the engine keeps no parts (Memory, Log, views)
 * @param sampledRows rows read in the sample; 0 when not sampled
 * @param detections  sensitive items found in the sample
 */
public record TableStats(String database, String name, String engine, List<Column> columns, long rows,
                         int sampledRows, int detections) {

    public record Column(String name, String type) {
    }

    public TableStats {
        columns = List.copyOf(columns);
    }

    public String qualifiedName() {
        return database + "." + name;
    }

    public TableStats withRows(long value) {
        return new TableStats(database, name, engine, columns, value, sampledRows, detections);
    }

    public TableStats withSample(int rowsRead, int found) {
        return new TableStats(database, name, engine, columns, rows, rowsRead, found);
    }
}
