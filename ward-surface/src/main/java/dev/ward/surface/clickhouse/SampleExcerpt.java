package dev.ward.surface.clickhouse;

import dev.ward.detect.Detection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a table sample proves, without any of its cell text: the columns read and, per column, the masked detections.
 * Raw cells never reach evidence, so a secret the detectors miss is still never printed.
 */
final class SampleExcerpt {

    private static final int MASKS_PER_COLUMN = 5;

    private final List<String> columns;
    private final Map<Integer, List<Detection>> byColumn = new LinkedHashMap<>();

    SampleExcerpt(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    void add(int column, List<Detection> detections) {
        if (!detections.isEmpty()) {
            byColumn.computeIfAbsent(column, c -> new ArrayList<>()).addAll(detections);
        }
    }

    String render() {
        StringBuilder out = new StringBuilder("columns read: ").append(String.join(", ", columns)).append('\n');
        if (byColumn.isEmpty()) {
            return out.append("no secrets, personal data or transcripts found (cell text is not shown)").toString();
        }
        byColumn.forEach((column, detections) -> {
            out.append(columns.get(column)).append(": ").append(detections.size()).append(" found");
            detections.stream().limit(MASKS_PER_COLUMN).forEach(d -> out.append("\n  ").append(describe(d)));
            if (detections.size() > MASKS_PER_COLUMN) {
                out.append("\n  … ").append(detections.size() - MASKS_PER_COLUMN).append(" more");
            }
            out.append('\n');
        });
        return out.append("(cell text is not shown)").toString();
    }

    private static String describe(Detection d) {
        String kind = d.provider().isEmpty() ? d.label() : d.provider() + " " + d.label();
        return kind + " " + d.redacted();
    }
}
