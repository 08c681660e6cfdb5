package dev.ward.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code clickhouse-server} (18.16 from Debian here) on 127.0.0.1 with its own temporary config, data
 * directory and free ports. Setup data goes in through {@link #execute(String)}, which is the test writing, never Ward.
 * Stopped by PID in {@link #close()}.
 */
public final class ClickHouseServerFixture implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/clickhouse-server"), Path.of("/usr/bin/clickhouse-server"));
    private static final Duration STARTUP = Duration.ofSeconds(30);

    /** How the server is set up: which ports it opens, its timezone, and whether user default has a password. */
    public record Config(String timezone, boolean http, boolean nativePort, String defaultPassword) {
        public static Config open(String timezone) {
            return new Config(timezone, true, true, "");
        }

        public Config httpOnly() {
            return new Config(timezone, true, false, defaultPassword);
        }

        public Config nativeOnly() {
            return new Config(timezone, false, true, defaultPassword);
        }

        public Config password(String password) {
            return new Config(timezone, http, nativePort, password);
        }
    }

    private final Process process;
    private final Path dir;
    private final int httpPort;
    private final int nativePort;
    private final Config config;

    private ClickHouseServerFixture(Process process, Path dir, int httpPort, int nativePort, Config config) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
        this.nativePort = nativePort;
        this.config = config;
    }

    /** The server binary, or skip the test (fail under CI=true) when it is not installed. */
    public static Path binary() {
        Path found = BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            String message = "clickhouse-server is not installed (looked in " + BINARIES + "); install it with "
                    + "'apt-get install clickhouse-server' to run the ClickHouse integration tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return found;
    }

    public static ClickHouseServerFixture start(Config config) throws IOException, InterruptedException {
        Path binary = binary();
        Path dir = Files.createTempDirectory("ward-clickhouse-");
        int http = freePort();
        int tcp = freePort();
        Files.writeString(dir.resolve("config.xml"), configXml(dir, config, http, tcp));
        Files.writeString(dir.resolve("users.xml"), usersXml(config.defaultPassword()));
        Process process = new ProcessBuilder(binary.toString(), "--config-file=" + dir.resolve("config.xml"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        ClickHouseServerFixture fixture = new ClickHouseServerFixture(process, dir, http, tcp, config);
        fixture.awaitReady();
        return fixture;
    }

    public int httpPort() {
        return httpPort;
    }

    public int nativePort() {
        return nativePort;
    }

    public long pid() {
        return process.pid();
    }

    /** Runs a statement over HTTP POST as user default: test setup only. */
    public String execute(String sql) throws IOException, InterruptedException {
        String credentials = config.defaultPassword().isEmpty() ? ""
                : "?user=default&password=" + java.net.URLEncoder.encode(config.defaultPassword(), StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/" + credentials))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(sql));
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("setup statement failed: HTTP " + response.statusCode() + " "
                        + response.body().lines().findFirst().orElse(""));
            }
            return response.body();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clickhouse-server exited with " + process.exitValue() + " at startup; see "
                        + dir.resolve("stdout.log") + " and " + dir.resolve("log"));
            }
            if (config.http() ? pingOk() : accepts(nativePort)) {
                return;
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("clickhouse-server did not become ready within " + STARTUP.toSeconds() + " s");
    }

    private boolean pingOk() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", httpPort), 500);
            s.setSoTimeout(1000);
            s.getOutputStream().write("GET /ping HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).endsWith("Ok.\n");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
                process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(dir);
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String configXml(Path dir, Config config, int http, int tcp) {
        return """
                <?xml version="1.0"?>
                <yandex>
                  <logger><level>warning</level><log>%1$s/log/server.log</log><errorlog>%1$s/log/error.log</errorlog><console>0</console></logger>
                  %2$s
                  %3$s
                  <listen_host>127.0.0.1</listen_host>
                  <path>%1$s/data/</path>
                  <tmp_path>%1$s/tmp/</tmp_path>
                  <user_files_path>%1$s/user_files/</user_files_path>
                  <format_schema_path>%1$s/format_schemas/</format_schema_path>
                  <users_config>users.xml</users_config>
                  <default_profile>default</default_profile>
                  <default_database>default</default_database>
                  <timezone>%4$s</timezone>
                  <mark_cache_size>67108864</mark_cache_size>
                  <uncompressed_cache_size>67108864</uncompressed_cache_size>
                  <max_concurrent_queries>50</max_concurrent_queries>
                  <mlock_executable>false</mlock_executable>
                </yandex>
                """.formatted(dir, config.http() ? "<http_port>" + http + "</http_port>" : "",
                config.nativePort() ? "<tcp_port>" + tcp + "</tcp_port>" : "", config.timezone());
    }

    private static String usersXml(String password) {
        String secret = password.isEmpty() ? "<password></password>"
                : "<password_sha256_hex>" + sha256(password) + "</password_sha256_hex>";
        return """
                <?xml version="1.0"?>
                <yandex>
                  <profiles><default><max_threads>2</max_threads></default></profiles>
                  <users>
                    <default>%s<networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default>
                  </users>
                  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
                </yandex>
                """.formatted(secret);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp dir is harmless
        }
    }
}
