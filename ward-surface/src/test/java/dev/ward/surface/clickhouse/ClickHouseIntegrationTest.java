package dev.ward.surface.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Asset;
import dev.ward.core.Control;
import dev.ward.core.Evidence;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanEvent;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.testkit.ClickHouseServerFixture;
import dev.ward.testkit.ClickHouseServerFixture.Config;
import dev.ward.testkit.PlantedLogStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ward against four real ClickHouse 18.16 servers, all scanned in one concurrent run: an open one holding a
 * DeepSeek-shaped log_stream with planted keys, one whose default user has a password, one with only HTTP and one
 * with only the native port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseIntegrationTest {

    private final List<ClickHouseServerFixture> servers = new ArrayList<>();
    private final PlantedLogStream planted = new PlantedLogStream();
    private final AtomicInteger progressEvents = new AtomicInteger();
    private ClickHouseServerFixture open;
    private ClickHouseServerFixture locked;
    private ClickHouseServerFixture httpOnly;
    private ClickHouseServerFixture nativeOnly;
    private ScanResult result;
    private ScanResult identified;
    private Duration scanTime;

    @BeforeAll
    void startServersAndScan() throws Exception {
        ClickHouseServerFixture.binary();
        open = start(Config.open("Asia/Shanghai"));
        locked = start(Config.open("UTC").password("correct-horse-battery-staple"));
        httpOnly = start(Config.open("Europe/Berlin").httpOnly());
        nativeOnly = start(Config.open("America/New_York").nativeOnly());
        planted.load(open);

        List<String> targets = List.of(
                "127.0.0.1:" + open.httpPort(), "127.0.0.1:" + open.nativePort(),
                "127.0.0.1:" + locked.httpPort(), "127.0.0.1:" + locked.nativePort(),
                "127.0.0.1:" + httpOnly.httpPort(), "127.0.0.1:" + httpOnly.nativePort(),
                "127.0.0.1:" + nativeOnly.httpPort(), "127.0.0.1:" + nativeOnly.nativePort());
        List<Endpoint> endpoints = TargetParser.parse(targets, PortList.clickhouseDefaults());
        ScanCollector collector = new ScanCollector();
        Instant started = Instant.now();
        SurfaceOptions options = SurfaceOptions.defaults();
        new SurfaceScanner(options, ScaleOptions.defaults(), new ClickHouseEndpointProbe(options)).scan(endpoints, event -> {
            if (event instanceof ScanEvent.Progress) {
                progressEvents.incrementAndGet();
            }
            collector.on(event);
        });
        scanTime = Duration.between(started, Instant.now());
        result = collector.result("ward test", "surface", targets, started);
        // The same servers through the default multi-service identifier, which is what `ward surface` runs.
        ScanCollector everyService = new ScanCollector();
        new SurfaceScanner(options).scan(endpoints, everyService);
        identified = everyService.result("ward test", "surface", targets, started);
    }

    @Test
    void theDefaultServiceIdentifierFindsTheSameExposure() {
        for (int port : List.of(open.httpPort(), open.nativePort())) {
            Exposure e = exposureIn(identified, port);
            assertThat(e.service()).isEqualTo("clickhouse");
            assertThat(e.access()).isEqualTo(Access.OPEN);
            Finding f = identified.findings().stream()
                    .filter(x -> x.asset().address().endsWith(":" + port) && x.ruleId().equals("clickhouse.unauthenticated"))
                    .findFirst().orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).contains("(Asia/Shanghai)", "log_stream: ~1,000 rows", "7 API keys (3 OpenAI, 2 AWS, 2 DeepSeek)");
        }
        assertThat(exposureIn(identified, locked.httpPort()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(exposureIn(identified, locked.nativePort()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(exposureIn(identified, httpOnly.nativePort()).access()).isEqualTo(Access.UNREACHABLE);
        assertThat(exposureIn(identified, nativeOnly.nativePort()).access()).isEqualTo(Access.OPEN);
    }

    private static Exposure exposureIn(ScanResult scan, int port) {
        return scan.exposures().stream().filter(e -> e.asset().address().endsWith(":" + port)).findFirst()
                .orElseThrow(() -> new AssertionError("no exposure for port " + port));
    }

    private ClickHouseServerFixture start(Config config) throws Exception {
        ClickHouseServerFixture server = ClickHouseServerFixture.start(config);
        servers.add(server);
        return server;
    }

    @AfterAll
    void stopServers() {
        servers.forEach(ClickHouseServerFixture::close);
    }

    @Test
    void everyEndpointEndsAsExactlyOneExposureWithinTheBudget() {
        assertThat(result.exposures()).hasSize(8);
        assertThat(result.exposures().stream().map(e -> e.asset().address()).distinct()).hasSize(8);
        assertThat(scanTime).isLessThan(Duration.ofSeconds(20));
        assertThat(progressEvents.get()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void openServerIsOpenAndCriticalOverHttp() {
        Exposure exposure = exposure(open.httpPort());
        assertThat(exposure.access()).isEqualTo(Access.OPEN);
        assertThat(exposure.protocol()).isEqualTo("http");
        assertThat(exposure.detail()).startsWith("ClickHouse 18.16.1 (Asia/Shanghai) open without a password over HTTP");
        assertOpenFinding(finding(open.httpPort(), "clickhouse.unauthenticated"), "HTTP");
    }

    @Test
    void openServerIsOpenAndCriticalOverNative() {
        Exposure exposure = exposure(open.nativePort());
        assertThat(exposure.access()).isEqualTo(Access.OPEN);
        assertThat(exposure.protocol()).isEqualTo("native");
        assertThat(exposure.evidence().getFirst().response()).contains("revision 54412", "Asia/Shanghai");
        assertOpenFinding(finding(open.nativePort(), "clickhouse.unauthenticated"), "the native protocol");
    }

    private void assertOpenFinding(Finding f, String protocolName) {
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.message())
                .startsWith("ClickHouse 18.16.1 (Asia/Shanghai) open without a password over " + protocolName
                        + ": 2 databases, 2 tables, ~1,200 rows; log_stream: ~1,000 rows")
                .contains("7 API keys (3 OpenAI, 2 AWS, 2 DeepSeek)", "1 chat transcript", "3 e-mail addresses");
        assertThat(f.properties())
                .containsEntry("databases", "2").containsEntry("tables", "2").containsEntry("rows", "1200")
                .containsEntry("rows.default.log_stream", "1000").containsEntry("rows.analytics.metrics", "200")
                .containsEntry("secrets", "7").containsEntry("pii", "3").containsEntry("transcripts", "1")
                .containsEntry("sampledTables", "1").containsEntry("sampledRows", "20");
        assertThat(f.controls()).contains(Control.owaspLlm("LLM02", "Sensitive Information Disclosure"),
                Control.atlas("AML.T0055", "Unsecured Credentials"), Control.cwe(306, "Missing Authentication for Critical Function"));
        assertThat(f.remediation()).contains("password_sha256_hex", "<networks>", "<listen_host>127.0.0.1</listen_host>", "9000");
        assertThat(f.evidence()).extracting(Evidence::label)
                .anyMatch(l -> l.startsWith("SHOW TABLES FROM default"))
                .anyMatch(l -> l.startsWith("sample of default.log_stream: 20 rows"));
        assertThat(f.evidence()).filteredOn(e -> e.label().startsWith("tables, columns and row counts")).singleElement()
                .satisfies(e -> assertThat(e.response())
                        .contains("default.log_stream (MergeTree, ~1,000 rows): ")
                        .contains("span_name String", "string.values Array(String)", "_service String", "_source String")
                        .contains("analytics.metrics (MergeTree, ~200 rows)"));
        Asset asset = f.asset();
        assertThat(asset.attributes()).containsEntry("product", "ClickHouse").containsEntry("version", "18.16.1")
                .containsEntry("timezone", "Asia/Shanghai").containsKey("displayName");
    }

    @Test
    void passwordProtectedServerNeedsAuthOnBothProtocols() {
        Exposure http = exposure(locked.httpPort());
        Exposure nat = exposure(locked.nativePort());
        assertThat(http.access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(http.detail()).contains("Code: 194");
        assertThat(nat.access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(nat.protocol()).isEqualTo("native");
        assertThat(nat.detail()).contains("Code: 194");
        Finding f = finding(locked.nativePort(), "clickhouse.auth-required");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(finding(locked.httpPort(), "clickhouse.auth-required").message()).contains("asks for a password");
        assertThat(result.findings()).noneMatch(x -> x.asset().address().contains(":" + locked.httpPort())
                && x.ruleId().equals("clickhouse.unauthenticated"));
    }

    @Test
    void singleProtocolServersLeaveTheOtherPortUnreachable() {
        assertThat(exposure(httpOnly.httpPort()).access()).isEqualTo(Access.OPEN);
        assertThat(exposure(httpOnly.nativePort()).access()).isEqualTo(Access.UNREACHABLE);
        assertThat(exposure(httpOnly.nativePort()).detail()).isEqualTo("connection refused");
        Exposure nativeOpen = exposure(nativeOnly.nativePort());
        assertThat(nativeOpen.access()).isEqualTo(Access.OPEN);
        assertThat(nativeOpen.detail()).contains("America/New_York");
        assertThat(exposure(nativeOnly.httpPort()).access()).isEqualTo(Access.UNREACHABLE);
        Finding empty = finding(nativeOnly.nativePort(), "clickhouse.unauthenticated");
        assertThat(empty.severity()).isEqualTo(Severity.HIGH);
        assertThat(empty.message()).contains("1 database, 0 tables", "no secrets or personal data found");
    }

    @Test
    void noPlantedSecretAppearsInFullAnywhere() {
        List<String> texts = new ArrayList<>();
        for (Exposure e : concat(result.exposures(), identified.exposures())) {
            texts.add(e.detail());
            e.evidence().forEach(ev -> texts.addAll(List.of(ev.label(), ev.request(), ev.response())));
        }
        for (Finding f : concat(result.findings(), identified.findings())) {
            texts.add(f.message());
            texts.addAll(f.properties().values());
            f.evidence().forEach(ev -> texts.addAll(List.of(ev.label(), ev.request(), ev.response())));
        }
        result.assets().forEach(a -> texts.addAll(a.attributes().values()));
        assertThat(planted.secrets()).hasSize(10);
        for (String secret : planted.secrets()) {
            assertThat(texts).as("planted value %s…", secret.substring(0, 4)).noneMatch(t -> t.contains(secret));
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Exposure exposure(int port) {
        return result.exposures().stream().filter(e -> e.asset().address().endsWith(":" + port)).findFirst()
                .orElseThrow(() -> new AssertionError("no exposure for port " + port));
    }

    private Finding finding(int port, String ruleId) {
        return result.findings().stream().filter(f -> f.asset().address().endsWith(":" + port) && f.ruleId().equals(ruleId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " finding for port " + port));
    }
}
