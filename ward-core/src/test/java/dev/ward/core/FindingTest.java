package dev.ward.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final CheckInfo CHECK = new CheckInfo("test.open", "Open thing", Severity.HIGH,
            List.of(Control.owaspLlm("LLM02", "Sensitive Information Disclosure"), Control.atlas("AML.T0055", "Unsecured Credentials")),
            "Close it");

    @Test
    void builderTakesMetadataFromTheCheck() {
        Asset asset = Asset.of(AssetKind.SERVICE, "clickhouse://127.0.0.1:8123");
        Finding f = Finding.of(CHECK, asset).message("m").property("rows", 12).build();
        assertThat(f.ruleId()).isEqualTo("test.open");
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.remediation()).isEqualTo("Close it");
        assertThat(f.controls()).extracting(Control::reference).containsExactly("OWASP-LLM02:2025", "ATLAS AML.T0055");
        assertThat(f.location().uri()).isEqualTo("clickhouse://127.0.0.1:8123");
        assertThat(f.properties()).containsEntry("rows", "12");
    }

    @Test
    void fingerprintIsStableAndDependsOnAssetAndDiscriminator() {
        Asset a = Asset.of(AssetKind.SERVICE, "clickhouse://h:1");
        Asset b = Asset.of(AssetKind.SERVICE, "clickhouse://h:2");
        String fa = Finding.of(CHECK, a).build().fingerprint();
        assertThat(Finding.of(CHECK, a).severity(Severity.CRITICAL).build().fingerprint()).isEqualTo(fa);
        assertThat(Finding.of(CHECK, b).build().fingerprint()).isNotEqualTo(fa);
        assertThat(Finding.of(CHECK, a).discriminator("x").build().fingerprint()).isNotEqualTo(fa).hasSize(16);
    }

    @Test
    void collectorDeduplicatesAndResultSortsAndGates() {
        ScanCollector collector = new ScanCollector();
        Asset a = Asset.of(AssetKind.SERVICE, "clickhouse://h:1");
        collector.finding(Finding.of(CHECK, a).severity(Severity.LOW).build());
        collector.finding(Finding.of(CHECK, a).severity(Severity.CRITICAL).build());
        collector.finding(Finding.of(CHECK, Asset.of(AssetKind.SERVICE, "x://y:2")).severity(Severity.MEDIUM).build());
        collector.asset(a.with("product", "ClickHouse"));
        collector.asset(a.with("version", "18.16.1"));
        ScanResult result = collector.result("ward test", "surface", List.of("h"), Instant.now());
        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.CRITICAL, Severity.MEDIUM);
        assertThat(result.assets()).singleElement().satisfies(asset ->
                assertThat(asset.attributes()).containsEntry("product", "ClickHouse").containsEntry("version", "18.16.1"));
        assertThat(result.failsAt(Severity.HIGH)).isTrue();
        assertThat(result.countBySeverity()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.INFO, 0);
    }

    @Test
    void severityParsesUserInputAndRejectsNonsense() {
        assertThat(Severity.parse(" High ")).isEqualTo(Severity.HIGH);
        assertThatThrownBy(() -> Severity.parse("severe")).hasMessageContaining("unknown severity 'severe'");
    }

    @Test
    void exposureLabelNamesTheServiceLookedFor() {
        Asset a = Asset.of(AssetKind.SERVICE, "tcp://h:1");
        assertThat(new Exposure(a, "clickhouse", "http", Access.NOT_IDENTIFIED, "nginx", List.of()).label()).isEqualTo("NOT_CLICKHOUSE");
        assertThat(new Exposure(a, "clickhouse", "", Access.UNREACHABLE, "refused", List.of()).label()).isEqualTo("UNREACHABLE");
        assertThat(new Exposure(a, Exposure.UNKNOWN_SERVICE, "tcp", Access.NOT_IDENTIFIED, "garbage", List.of()).label()).isEqualTo("UNKNOWN");
    }
}
