package dev.ward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link JsonReport} as Jackson's object mapper would: fields in each record's {@code @JsonPropertyOrder},
 * nulls written except where a record says {@code NON_NULL} ({@link JsonReport.LocationEntry}), maps in their own
 * iteration order. The generator writes a null string as {@code null}, as the mapper does.
 */
final class JsonReportStream {

    private JsonReportStream() {
    }

    static void write(JsonGenerator g, JsonReport report) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", report.schemaVersion());
        g.writeStringField("tool", report.tool());
        g.writeStringField("command", report.command());
        strings(g, "targets", report.targets());
        g.writeStringField("startedAt", report.startedAt());
        g.writeStringField("finishedAt", report.finishedAt());
        g.writeNumberField("durationMillis", report.durationMillis());
        summary(g, report.summary());
        g.writeFieldName("assets");
        if (nullArray(g, report.assets())) {
            for (JsonReport.AssetEntry asset : report.assets()) {
                g.writeStartObject();
                g.writeStringField("kind", asset.kind());
                g.writeStringField("address", asset.address());
                stringMap(g, "attributes", asset.attributes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeFieldName("exposures");
        if (nullArray(g, report.exposures())) {
            for (JsonReport.ExposureEntry exposure : report.exposures()) {
                g.writeStartObject();
                g.writeStringField("endpoint", exposure.endpoint());
                g.writeStringField("service", exposure.service());
                g.writeStringField("protocol", exposure.protocol());
                g.writeStringField("outcome", exposure.outcome());
                g.writeStringField("detail", exposure.detail());
                evidence(g, exposure.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeFieldName("findings");
        if (nullArray(g, report.findings())) {
            for (JsonReport.FindingEntry finding : report.findings()) {
                finding(g, finding);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, JsonReport.Summary summary) throws IOException {
        g.writeFieldName("summary");
        if (summary == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("total", summary.total());
        g.writeStringField("highestSeverity", summary.highestSeverity());
        g.writeFieldName("bySeverity");
        if (summary.bySeverity() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            for (Map.Entry<String, Integer> e : summary.bySeverity().entrySet()) {
                g.writeFieldName(e.getKey());
                if (e.getValue() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(e.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, JsonReport.FindingEntry finding) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", finding.ruleId());
        g.writeStringField("title", finding.title());
        g.writeStringField("severity", finding.severity());
        g.writeFieldName("asset");
        if (finding.asset() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("kind", finding.asset().kind());
            g.writeStringField("address", finding.asset().address());
            g.writeEndObject();
        }
        g.writeFieldName("location");
        JsonReport.LocationEntry location = finding.location();
        if (location == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            if (location.uri() != null) {
                g.writeStringField("uri", location.uri());
            }
            if (location.line() != null) {
                g.writeNumberField("line", location.line());
            }
            if (location.column() != null) {
                g.writeNumberField("column", location.column());
            }
            g.writeEndObject();
        }
        g.writeStringField("message", finding.message());
        g.writeStringField("remediation", finding.remediation());
        strings(g, "controls", finding.controls());
        stringMap(g, "properties", finding.properties());
        g.writeStringField("fingerprint", finding.fingerprint());
        evidence(g, finding.evidence());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, List<JsonReport.EvidenceEntry> evidence) throws IOException {
        g.writeFieldName("evidence");
        if (nullArray(g, evidence)) {
            for (JsonReport.EvidenceEntry e : evidence) {
                g.writeStartObject();
                g.writeStringField("label", e.label());
                g.writeStringField("request", e.request());
                g.writeStringField("response", e.response());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** Writes null for a null list, else starts the array; returns whether the caller is to write the elements. */
    private static boolean nullArray(JsonGenerator g, List<?> list) throws IOException {
        if (list == null) {
            g.writeNull();
            return false;
        }
        g.writeStartArray();
        return true;
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (nullArray(g, values)) {
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private static void stringMap(JsonGenerator g, String name, Map<String, String> map) throws IOException {
        g.writeFieldName(name);
        if (map == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
