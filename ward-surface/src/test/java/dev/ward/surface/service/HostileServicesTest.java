package dev.ward.surface.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Exposure;
import dev.ward.core.ScanResult;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.testing.HostileServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** Endpoints that stall, flood, babble or speak only TLS: each ends as one exposure with a clear line, in bounded time. */
class HostileServicesTest {

    private static final SurfaceOptions FAST = SurfaceOptions.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(4));

    private record Outcome(Exposure exposure, Duration took) {
    }

    private static Outcome scan(int port) {
        Instant start = Instant.now();
        ScanResult result = ServiceScan.scan(FAST, List.of("127.0.0.1:" + port));
        Duration took = Duration.between(start, Instant.now());
        assertThat(result.exposures()).hasSize(1);
        return new Outcome(result.exposures().getFirst(), took);
    }

    @Test
    void tarpitEndsWithinTheBudget() throws Exception {
        try (HostileServer tarpit = new HostileServer((in, out) -> Thread.sleep(60_000))) {
            Outcome o = scan(tarpit.port());
            assertThat(o.took()).isLessThan(Duration.ofSeconds(6));
            assertThat(o.exposure().access()).isEqualTo(Access.UNREACHABLE);
            assertThat(o.exposure().detail()).contains("sent nothing");
        }
    }

    @Test
    void oneGigabyteBodyIsCutAtTheByteCap() throws Exception {
        try (HostileServer flood = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\nContent-Type: application/json\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) '[');
            for (int i = 0; i < 16 * 1024; i++) {
                out.write(chunk);
            }
        })) {
            long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            Outcome o = scan(flood.port());
            assertThat(o.took()).isLessThan(Duration.ofSeconds(8));
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            assertThat(after - before).isLessThan(512L * 1024 * 1024);
        }
    }

    @Test
    void garbageBytesAreNotAnyService() throws Exception {
        try (HostileServer garbage = new HostileServer((in, out) -> {
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            noise[0] = 0x7f;
            out.write(noise);
            out.flush();
            Thread.sleep(200);
        })) {
            Outcome o = scan(garbage.port());
            assertThat(o.took()).isLessThan(Duration.ofSeconds(6));
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).contains("non-HTTP bytes 7f").contains("no known protocol");
        }
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        int port = ServiceScanPorts.closed();
        Outcome o = scan(port);
        assertThat(o.exposure().access()).isEqualTo(Access.UNREACHABLE);
        assertThat(o.exposure().detail()).isEqualTo("connection refused");
    }

    @Test
    void tlsOnlyPortIsReachedOverTlsAndNamedOrExplained() throws Exception {
        Path dir = Files.createTempDirectory("ward-tls-");
        Path store = dir.resolve("k.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "s", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (SSLSocket s = (SSLSocket) server.accept()) {
                        s.setSoTimeout(2000);
                        s.startHandshake();
                        s.getInputStream().read(new byte[4096]);
                        // etcd's GET /version body (etcd/api/version), served only over TLS as with --cert-file set
                        String body = "{\"etcdserver\":\"3.5.17\",\"etcdcluster\":\"3.5.0\"}";
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        // plain-text probes fail the handshake, as on a real TLS-only port
                    }
                }
            });
            Outcome o = scan(server.getLocalPort());
            assertThat(o.took()).isLessThan(Duration.ofSeconds(8));
            assertThat(o.exposure().service()).as(o.exposure().detail()).isEqualTo("etcd");
            assertThat(o.exposure().protocol()).isEqualTo("https");
            acceptor.interrupt();
        }
    }
}
