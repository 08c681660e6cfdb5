package dev.ward.surface.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ward.core.Access;
import dev.ward.core.Exposure;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.scale.ScaleOptions;
import dev.ward.testkit.ClickHouseServerFixture;
import dev.ward.surface.testing.HostileServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Servers that are not ClickHouse, or lie, or stall: each must end as one clear exposure in bounded time. */
class HostileEndpointTest {

    private static final SurfaceOptions FAST = SurfaceOptions.defaults()
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(3));

    private record Outcome(Exposure exposure, Duration took) {
    }

    private static Outcome scan(int port) {
        return scan("127.0.0.1:" + port);
    }

    private static Outcome scan(String target) {
        List<Endpoint> endpoints = TargetParser.parse(List.of(target), PortList.clickhouseDefaults());
        ScanCollector collector = new ScanCollector();
        Instant start = Instant.now();
        new SurfaceScanner(FAST, ScaleOptions.defaults(), new ClickHouseEndpointProbe(FAST)).scan(endpoints, collector);
        Duration took = Duration.between(start, Instant.now());
        ScanResult result = collector.result("test", "surface", List.of(), start);
        assertThat(result.exposures()).hasSize(1);
        assertThat(result.findings()).isEmpty();
        return new Outcome(result.exposures().getFirst(), took);
    }

    @Test
    void plainHttpServerIsNotClickHouse() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html>not found</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Server", "nginx/1.25.3");
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Outcome o = scan(server.getAddress().getPort());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().label()).isEqualTo("NOT_CLICKHOUSE");
            assertThat(o.exposure().detail()).isEqualTo("HTTP 404 from nginx/1.25.3");
            assertThat(o.exposure().protocol()).isEqualTo("http");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void ipv6LoopbackWorksLikeIpv4() throws Exception {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 0);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback here: " + e.getMessage());
            return;
        }
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(403, -1);
            exchange.close();
        });
        server.start();
        try {
            Outcome o = scan("[::1]:" + server.getAddress().getPort());
            assertThat(o.exposure().asset().address()).startsWith("tcp://[0:0:0:0:0:0:0:1]:");
            assertThat(o.exposure().detail()).isEqualTo("HTTP 403 from an unnamed HTTP server");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpServerThatSaysOkToEverythingIsNotClickHouse() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nOk.\n".getBytes(StandardCharsets.US_ASCII));
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).contains("answered /ping with Ok. but not a ClickHouse query");
        }
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        Outcome o = scan(ClickHouseServerFixture.freePort());
        assertThat(o.exposure().access()).isEqualTo(Access.UNREACHABLE);
        assertThat(o.exposure().detail()).isEqualTo("connection refused");
        assertThat(o.took()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void tarpitThatNeverAnswersEndsWithinTheBudget() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> Thread.sleep(60_000))) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.UNREACHABLE);
            assertThat(o.exposure().detail()).isEqualTo("accepted the connection but sent nothing within 1 s");
            assertThat(o.took()).isLessThan(Duration.ofMillis(3500));
        }
    }

    @Test
    void tricklingHeaderEndsWhenTheBudgetRunsOut() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write('a');
                out.flush();
                Thread.sleep(100);
            }
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).contains("time budget of 3 s used up");
            assertThat(o.took()).isLessThan(Duration.ofMillis(4500));
        }
    }

    @Test
    void endlessBodyIsCutAtTheByteCap() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write("HTTP/1.1 200 OK\r\nServer: firehose\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            while (true) {
                out.write(chunk);
            }
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).isEqualTo("HTTP 200 from firehose");
            assertThat(o.took()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void endlessChunkedBodyIsCutAtTheByteCap() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "B".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(chunk);
            }
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).isEqualTo("HTTP 200 from an unnamed HTTP server");
            assertThat(o.took()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void randomBytesAreNeitherHttpNorNative() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            Random random = new Random(42);
            byte[] noise = new byte[4096];
            for (int i = 0; i < 256; i++) {
                random.nextBytes(noise);
                noise[0] = (byte) 0x97;
                out.write(noise);
            }
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).startsWith("HTTP: not an HTTP reply; first bytes 97").contains("; native: ");
            assertThat(o.took()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void nativeHelloWithHugeLengthIsRefusedWithoutAllocating() throws Exception {
        byte[] hugeName = {0x00, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f};
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            out.write(hugeName);
            out.flush();
            Thread.sleep(5_000);
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).contains("native: server name length of 72057594037927935").contains("exceeds the limit of 1024");
            assertThat(o.took()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void nativeExceptionWithHugeStackTraceIsRefused() throws Exception {
        try (HostileServer server = new HostileServer((in, out) -> {
            HostileServer.awaitRequest(in);
            // Exception packet: code 193, name, message, then a stack trace claiming 2^62 bytes.
            out.write(new byte[] {0x02, (byte) 193, 0, 0, 0, 2, 'D', 'B', 1, 'x',
                (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x40});
            out.flush();
            Thread.sleep(5_000);
        })) {
            Outcome o = scan(server.port());
            assertThat(o.exposure().access()).isEqualTo(Access.NOT_IDENTIFIED);
            assertThat(o.exposure().detail()).contains("stack trace length of 4611686018427387904");
            assertThat(o.took()).isLessThan(Duration.ofSeconds(3));
        }
    }
}
