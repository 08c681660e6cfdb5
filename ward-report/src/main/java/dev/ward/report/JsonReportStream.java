package dev.ward.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link JsonReport} as Jackson's object mapper would: fields in each record's {@code @JsonPropertyOrder},
 * nulls written except where a record says {@code NON_NULL} ({@link JsonReport.LocationEntry}), maps in their own
 * iteration order.
 */
final class JsonReportStream {

    private JsonReportStream() {
    }

    static void write(JsonGenerator g, JsonReport report) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", report.schemaVersion());
        string(g, "tool", report.tool());
        string(g, "command", report.command());
        strings(g, "targets", report.targets());
        string(g, "startedAt", report.startedAt());
        string(g, "finishedAt", report.finishedAt());
        g.writeNumberField("durationMillis", report.durationMillis());
        summary(g, report.summary());
        g.writeFieldName("assets");
        if (nullArray(g, report.assets())) {
            for (JsonReport.AssetEntry asset : report.assets()) {
                g.writeStartObject();
                string(g, "kind", asset.kind());
                string(g, "address", asset.address());
                stringMap(g, "attributes", asset.attributes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeFieldName("exposures");
        if (nullArray(g, report.exposures())) {
            for (JsonReport.ExposureEntry exposure : report.exposures()) {
                g.writeStartObject();
                string(g, "endpoint", exposure.endpoint());
                string(g, "service", exposure.service());
                string(g, "protocol", exposure.protocol());
                string(g, "outcome", exposure.outcome());
                string(g, "detail", exposure.detail());
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
        string(g, "highestSeverity", summary.highestSeverity());
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
        string(g, "ruleId", finding.ruleId());
        string(g, "title", finding.title());
        string(g, "severity", finding.severity());
        g.writeFieldName("asset");
        if (finding.asset() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            string(g, "kind", finding.asset().kind());
            string(g, "address", finding.asset().address());
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
        string(g, "message", finding.message());
        string(g, "remediation", finding.remediation());
        strings(g, "controls", finding.controls());
        stringMap(g, "properties", finding.properties());
        string(g, "fingerprint", finding.fingerprint());
        evidence(g, finding.evidence());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, List<JsonReport.EvidenceEntry> evidence) throws IOException {
        g.writeFieldName("evidence");
        if (nullArray(g, evidence)) {
            for (JsonReport.EvidenceEntry e : evidence) {
                g.writeStartObject();
                string(g, "label", e.label());
                string(g, "request", e.request());
                string(g, "response", e.response());
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

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (nullArray(g, values)) {
            for (String value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
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
            string(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
