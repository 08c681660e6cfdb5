package dev.ward.surface.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanListener;
import dev.ward.core.Severity;
import dev.ward.surface.Endpoint;
import dev.ward.surface.EndpointProbe;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageHintsTest {

    private static Finding finding(Severity severity, Asset asset) {
        return new Finding("test.rule", "Test rule", severity, asset, "open without a password", null, null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "ch-dev.internal, dev", "staging-ollama.example.com, staging", "qa01.lab, qa01", "SANDBOX, sandbox",
        "jupyter.test, test", "redis-debug, debug", "uat2-mlflow, uat2",
    })
    void stageWordsAreFound(String name, String word) {
        assertThat(StageHints.stageWord(name)).hasValue(word);
    }

    @ParameterizedTest
    @CsvSource({"latest-build", "contest.example", "devops-tools", "prod-clickhouse", "attestation", "''"})
    void wordsThatOnlyContainAStageAreNot(String name) {
        assertThat(StageHints.stageWord(name)).isEmpty();
    }

    @Test
    void raisesOneStepAndNeverPastCritical() {
        Asset asset = Asset.of(AssetKind.SERVICE, "tcp://10.0.0.5:9000");
        Finding high = StageHints.enrich(finding(Severity.HIGH, asset), Map.of("hostname", "ch-dev.internal"));
        assertThat(high.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(high.properties()).containsEntry("stage", "development instance (hostname 'ch-dev.internal' says dev)");
        assertThat(high.message()).contains("open without a password").contains("development instance");
        assertThat(high.fingerprint()).isEqualTo(finding(Severity.HIGH, asset).fingerprint());
        assertThat(StageHints.enrich(finding(Severity.CRITICAL, asset), Map.of("hostname", "dev")).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(StageHints.enrich(high, Map.of("hostname", "dev"))).isSameAs(high);
        Finding plain = finding(Severity.MEDIUM, asset);
        assertThat(StageHints.enrich(plain, Map.of("hostname", "ch-prod.internal"))).isSameAs(plain);
    }

    @Test
    void everyProbeBenefitsThroughTheScanner() throws Exception {
        EndpointProbe probe = new EndpointProbe() {
            @Override
            public String service() {
                return "demo";
            }

            @Override
            public void probe(Endpoint endpoint, ScanListener listener) {
                Asset asset = Asset.of(AssetKind.SERVICE, endpoint.uri("demo"));
                if (endpoint.port() == 2) {
                    asset = asset.with("banner", "Demo server (staging build)");
                }
                listener.asset(asset);
                listener.exposure(new Exposure(asset, "demo", "tcp", Access.OPEN, "open", List.of()));
                listener.finding(finding(Severity.MEDIUM, Asset.of(AssetKind.SERVICE, endpoint.uri("demo"))));
            }
        };
        InetAddress local = InetAddress.getLoopbackAddress();
        List<Endpoint> endpoints = List.of(new Endpoint("model-dev.lab", local, 1), new Endpoint("127.0.0.1", local, 2),
                new Endpoint("127.0.0.1", local, 3));
        ScanCollector collector = new ScanCollector();
        new SurfaceScanner(SurfaceOptions.defaults(), probe).scan(endpoints, collector);
        Map<String, Severity> byAsset = new java.util.TreeMap<>();
        collector.result("t", "surface", List.of(), Instant.now()).findings().forEach(f -> byAsset.put(f.asset().address(), f.severity()));
        assertThat(byAsset).containsEntry("demo://127.0.0.1:1", Severity.HIGH).containsEntry("demo://127.0.0.1:2", Severity.HIGH)
                .containsEntry("demo://127.0.0.1:3", Severity.MEDIUM);
    }
}
