package dev.ward.surface.clickhouse;

import dev.ward.core.Evidence;
import dev.ward.detect.DetectionTally;
import java.util.Comparator;
import java.util.List;

/**
 * What an open ClickHouse gives away to anyone: its inventory and what a small sample of its data holds.
 *
 * @param databases  user databases (system ones left out)
 * @param tables     user tables, largest first
 * @param tally      sensitive content found in the samples
 * @param evidence   the queries and redacted excerpts of their answers
 * @param incomplete why measuring stopped early, or empty
 */
public record BlastRadius(String version, String timezone, String displayName, List<String> databases,
                          List<TableStats> tables, DetectionTally tally, List<Evidence> evidence, String incomplete) {

    public BlastRadius {
        databases = List.copyOf(databases);
        tables = tables.stream().sorted(Comparator.comparingLong(TableStats::rows).reversed()
                .thenComparing(TableStats::qualifiedName)).toList();
        evidence = List.copyOf(evidence);
        incomplete = incomplete == null ? "" : incomplete;
    }

    /** Rows over all tables with a known count; Memory and Log tables have no parts and no cheap count, so are left out. */
    public long totalRows() {
        return tables.stream().mapToLong(TableStats::rows).filter(r -> r > 0).sum();
    }

    public int sampledRows() {
        return tables.stream().mapToInt(TableStats::sampledRows).sum();
    }

    public long sampledTables() {
        return tables.stream().filter(t -> t.sampledRows() > 0).count();
    }
}
