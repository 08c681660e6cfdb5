package dev.ward.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.ScanResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportWriterTest {

    private final ScanResult scan = SampleScans.representative();
    private final String json = Render.as(ReportFormat.JSON, scan);

    @Test
    void roundTripsThroughJacksonIntoTheDocumentedRecords() throws IOException {
        JsonReport read = new ObjectMapper().readValue(json, JsonReport.class);
        assertThat(read).isEqualTo(JsonReportWriter.document(scan));
        assertThat(read.findings()).extracting(JsonReport.FindingEntry::ruleId)
                .containsExactly("clickhouse.unauthenticated", "secrets.openai-key", "clickhouse.auth-required");
    }

    @Test
    void carriesVersionTimestampsSummaryAndControlReferences() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(root.get("startedAt").asText()).isEqualTo("2025-03-14T09:26:53.120Z");
        assertThat(root.get("durationMillis").asLong()).isEqualTo(2480);
        assertThat(root.at("/summary/total").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/highestSeverity").asText()).isEqualTo("critical");
        List<String> order = new java.util.ArrayList<>();
        root.at("/summary/bySeverity").fieldNames().forEachRemaining(order::add);
        assertThat(order).containsExactly("critical", "high", "medium", "low", "info");
        assertThat(root.at("/findings/0/controls").toString()).isEqualTo("[\"OWASP-LLM02:2025\",\"ATLAS AML.T0055\",\"CWE-306\"]");
        assertThat(root.at("/findings/1/location/line").asInt()).isEqualTo(3);
        assertThat(root.at("/findings/0/location").has("line")).isFalse();
        assertThat(root.at("/exposures").findValuesAsText("outcome"))
                .containsExactly("OPEN", "AUTH_REQUIRED", "NOT_CLICKHOUSE", "UNREACHABLE");
        assertThat(root.at("/findings/0/evidence/0/response").asText()).contains("24.3.2.23");
    }

    @Test
    void emptyScanHasNoHighestSeverity() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Render.as(ReportFormat.JSON, SampleScans.empty()));
        assertThat(root.at("/summary/highestSeverity").isNull()).isTrue();
        assertThat(root.at("/findings").isEmpty()).isTrue();
    }

    @Test
    void outputDoesNotDependOnMapInsertionOrder() {
        Map<String, String> forward = new LinkedHashMap<>();
        Map<String, String> backward = new LinkedHashMap<>();
        for (String key : List.of("a", "m", "z", "b")) {
            forward.put(key, key.toUpperCase());
        }
        List.of("b", "z", "m", "a").forEach(k -> backward.put(k, k.toUpperCase()));
        assertThat(Render.as(ReportFormat.JSON, withAsset(forward))).isEqualTo(Render.as(ReportFormat.JSON, withAsset(backward)))
                .contains("\"a\": \"A\",\n        \"b\": \"B\",\n        \"m\": \"M\",\n        \"z\": \"Z\"");
    }

    @Test
    void theStreamingWriterWritesWhatTheObjectMapperWrites() throws IOException {
        List<JsonReport> documents = new java.util.ArrayList<>();
        for (ScanResult result : List.of(scan, SampleScans.empty(), SampleScans.withMessage("a \"quoted\" \u00e9 \n line"),
                withAsset(Map.of("k", "v")))) {
            documents.add(JsonReportWriter.document(result));
        }
        Map<String, String> withNullValue = new LinkedHashMap<>();
        withNullValue.put("present", "x");
        withNullValue.put("absent", null);
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        bySeverity.put("critical", 1);
        bySeverity.put("high", null);
        documents.add(new JsonReport(1, null, null, null, null, null, 0, null, null, null, null));
        documents.add(new JsonReport(1, "t", "c", java.util.Arrays.asList("a", null), "s", "f", 5,
                new JsonReport.Summary(1, null, bySeverity),
                List.of(new JsonReport.AssetEntry("file", null, withNullValue), new JsonReport.AssetEntry(null, "x", null)),
                List.of(new JsonReport.ExposureEntry("e", null, "p", "OPEN", null, null),
                        new JsonReport.ExposureEntry("e", "s", "p", "OPEN", "d",
                                List.of(new JsonReport.EvidenceEntry("l", null, "r")))),
                List.of(new JsonReport.FindingEntry("r", null, "high", null, null, null, null, null, null, null, null),
                        new JsonReport.FindingEntry("r", "t", "low", new JsonReport.AssetRef(null, "a"),
                                new JsonReport.LocationEntry(null, 3, null), "m", "fix", List.of(), Map.of(), "fp",
                                List.of()),
                        new JsonReport.FindingEntry("r", "t", "low", new JsonReport.AssetRef("k", "a"),
                                new JsonReport.LocationEntry("u", null, 7), "m", "fix", List.of("C"),
                                withNullValue, "fp", List.of(new JsonReport.EvidenceEntry(null, null, null))))));
        for (JsonReport document : documents) {
            java.io.StringWriter streamed = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                    .createGenerator(streamed)) {
                g.setPrettyPrinter(ReportJson.printer());
                JsonReportStream.write(g, document);
            }
            assertThat(streamed.toString()).isEqualTo(ReportJson.prettyWriter().writeValueAsString(document));
        }
    }

    private static ScanResult withAsset(Map<String, String> attributes) {
        Asset asset = new Asset(AssetKind.HOST, "host://10.0.0.1", attributes);
        return new ScanResult("ward 0.1.0", "surface", List.of(), SampleScans.STARTED, SampleScans.FINISHED, List.of(asset),
                List.of(), List.of());
    }
}
