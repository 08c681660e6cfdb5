package dev.ward.surface.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Finding;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import dev.ward.testkit.LoopbackServer;
import dev.ward.testkit.RealServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real Jupyter Notebook (token and empty token), Prometheus, etcd, docker-registry, RabbitMQ (AMQP and management)
 * and InfluxDB from Debian, on non-default loopback ports, scanned in one concurrent run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealInfrastructureServersTest {

    private final List<LoopbackServer> servers = new ArrayList<>();
    private final String etcdKey = ServiceScan.openAiKey();
    private LoopbackServer jupyterOpen;
    private LoopbackServer jupyterToken;
    private LoopbackServer prometheus;
    private LoopbackServer etcd;
    private LoopbackServer registry;
    private LoopbackServer rabbit;
    private int amqpPort;
    private LoopbackServer influx;
    private ScanResult result;

    @BeforeAll
    void startAndScan() throws Exception {
        jupyterOpen = keep(RealServers.jupyter(""));
        jupyterToken = keep(RealServers.jupyter(ServiceScan.random(32)));
        prometheus = keep(RealServers.prometheus());
        etcd = keep(RealServers.etcd());
        registry = keep(RealServers.dockerRegistry());
        rabbit = keep(RealServers.rabbitmq());
        amqpPort = RealServers.rabbitmqAmqpPort(rabbit);
        influx = keep(RealServers.influxdb());
        String b64 = java.util.Base64.getEncoder().encodeToString(("/config/llm-gateway").getBytes());
        String value = java.util.Base64.getEncoder().encodeToString(("OPENAI_API_KEY=" + etcdKey).getBytes());
        RealServers.http("POST", "http://127.0.0.1:" + etcd.port() + "/v3/kv/put", "{\"key\":\"" + b64 + "\",\"value\":\"" + value + "\"}");
        RealServers.http("POST", "http://127.0.0.1:" + influx.port() + "/query?q=CREATE%20DATABASE%20telemetry", null);
        RealServers.http("POST", "http://127.0.0.1:" + influx.port() + "/write?db=telemetry", "gpu,host=a util=0.5");
        result = ServiceScan.scan(jupyterOpen.port(), jupyterToken.port(), prometheus.port(), etcd.port(),
                registry.port(), rabbit.port(), amqpPort, influx.port());
    }

    private LoopbackServer keep(LoopbackServer server) {
        servers.add(server);
        return server;
    }

    @AfterAll
    void stop() {
        servers.forEach(LoopbackServer::close);
    }

    @Test
    void jupyterWithoutTokenIsOpenAndItsKernelApiIsRemoteCodeExecution() {
        assertThat(ServiceScan.exposure(result, jupyterOpen.port()).access()).isEqualTo(Access.OPEN);
        assertThat(ServiceScan.exposure(result, jupyterOpen.port()).service()).isEqualTo("jupyter");
        Finding rce = ServiceScan.finding(result, jupyterOpen.port(), "jupyter.kernel-api");
        assertThat(rce.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(ServiceScan.finding(result, jupyterOpen.port(), "jupyter.unauthenticated").message()).contains("notes.txt");
    }

    @Test
    void jupyterWithTokenIsAuthRequired() {
        assertThat(ServiceScan.exposure(result, jupyterToken.port()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(ServiceScan.exposure(result, jupyterToken.port()).service()).isEqualTo("jupyter");
        assertThat(ServiceScan.findings(result, jupyterToken.port())).extracting(Finding::ruleId).containsExactly("service.login-exposed");
    }

    @Test
    void prometheusIsOpenAndNamesItsScrapeTargets() {
        assertThat(ServiceScan.exposure(result, prometheus.port()).service()).isEqualTo("prometheus");
        Finding open = ServiceScan.finding(result, prometheus.port(), "prometheus.unauthenticated");
        assertThat(open.message()).contains("billing-db.internal:9187").contains("Prometheus 2.");
    }

    @Test
    void etcdIsOpenWithItsKeyValueScannedAndWriteFlagged() {
        assertThat(ServiceScan.exposure(result, etcd.port()).access()).isEqualTo(Access.OPEN);
        Finding open = ServiceScan.finding(result, etcd.port(), "etcd.unauthenticated");
        assertThat(open.message()).contains("1 keys").contains("API key");
        assertThat(ServiceScan.finding(result, etcd.port(), "etcd.key-write").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(ServiceScan.everythingShown(result)).doesNotContain(etcdKey);
    }

    @Test
    void dockerRegistryIsOpenAndPushIsFlagged() {
        assertThat(ServiceScan.exposure(result, registry.port()).service()).isEqualTo("docker-registry");
        assertThat(ServiceScan.exposure(result, registry.port()).access()).isEqualTo(Access.OPEN);
        assertThat(ServiceScan.findings(result, registry.port())).extracting(Finding::ruleId).contains("docker-registry.push");
    }

    @Test
    void rabbitmqManagementAndAmqpAskForALoginAndNoteTheGuestAccount() {
        assertThat(ServiceScan.exposure(result, rabbit.port()).service()).isEqualTo("rabbitmq");
        assertThat(ServiceScan.exposure(result, rabbit.port()).access()).isEqualTo(Access.AUTH_REQUIRED);
        assertThat(ServiceScan.exposure(result, amqpPort).service()).isEqualTo("amqp");
        assertThat(ServiceScan.exposure(result, amqpPort).detail()).startsWith("RabbitMQ 3.");
        assertThat(ServiceScan.exposure(result, amqpPort).asset().attribute("loginPage")).contains("guest/guest");
    }

    @Test
    void influxdbWithoutAuthIsOpenAndListsItsDatabases() {
        assertThat(ServiceScan.exposure(result, influx.port()).service()).isEqualTo("influxdb");
        assertThat(ServiceScan.finding(result, influx.port(), "influxdb.unauthenticated").message())
                .contains("telemetry").contains("gpu");
    }
}
