package dev.ward.report;

import dev.ward.core.Asset;
import dev.ward.core.Control;
import dev.ward.core.Evidence;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the {@link JsonReport} document: every field of every finding, deterministic and pretty-printed. The records
 * are written field by field with Jackson's streaming generator, in their declared order and with their inclusion
 * rules, so the bytes are those Jackson's object mapper writes for them (a test holds the two together); the mapper's
 * reflection over the records cost ~0.1 s of start-up at the end of every scan.
 */
final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // The caller owns the writer it hands a ReportWriter.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(ReportJson.printer());
            JsonReportStream.write(g, document(result));
        }
        out.write('\n');
        out.flush();
    }

    static JsonReport document(ScanResult result) {
        return new JsonReport(
                JsonReport.SCHEMA_VERSION,
                result.tool(),
                result.command(),
                result.targets(),
                ReportJson.timestamp(result.startedAt()),
                ReportJson.timestamp(result.finishedAt()),
                ScanDuration.between(result.startedAt(), result.finishedAt()).toMillis(),
                summary(result),
                result.assets().stream().map(JsonReportWriter::asset).toList(),
                result.exposures().stream().map(JsonReportWriter::exposure).toList(),
                result.findings().stream().map(JsonReportWriter::finding).toList());
    }

    private static JsonReport.Summary summary(ScanResult result) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<Severity, Integer> counts = result.countBySeverity();
        FindingCount.mostSevereFirst().forEach(s -> bySeverity.put(s.label(), counts.get(s)));
        String highest = result.highestSeverity().map(Severity::label).orElse(null);
        return new JsonReport.Summary(result.findings().size(), highest, bySeverity);
    }

    private static JsonReport.AssetEntry asset(Asset asset) {
        return new JsonReport.AssetEntry(kind(asset), asset.address(), new TreeMap<>(asset.attributes()));
    }

    private static JsonReport.ExposureEntry exposure(Exposure exposure) {
        return new JsonReport.ExposureEntry(exposure.asset().address(), exposure.service(), exposure.protocol(),
                exposure.label(), exposure.detail(), evidence(exposure.evidence()));
    }

    private static JsonReport.FindingEntry finding(Finding finding) {
        return new JsonReport.FindingEntry(
                finding.ruleId(),
                finding.title(),
                finding.severity().label(),
                new JsonReport.AssetRef(kind(finding.asset()), finding.asset().address()),
                location(finding.location()),
                finding.message(),
                finding.remediation(),
                finding.controls().stream().map(Control::reference).toList(),
                new TreeMap<>(finding.properties()),
                finding.fingerprint(),
                evidence(finding.evidence()));
    }

    private static JsonReport.LocationEntry location(Location location) {
        Integer line = location.line() > 0 ? location.line() : null;
        Integer column = location.line() > 0 && location.column() > 0 ? location.column() : null;
        return new JsonReport.LocationEntry(location.uri(), line, column);
    }

    private static List<JsonReport.EvidenceEntry> evidence(List<Evidence> evidence) {
        return evidence.stream().map(e -> new JsonReport.EvidenceEntry(e.label(), e.request(), e.response())).toList();
    }

    private static String kind(Asset asset) {
        return asset.kind().name().toLowerCase(Locale.ROOT);
    }
}
