package dev.ward.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the real servers Ward's service tests run against, each from Debian's package, on 127.0.0.1, on a free
 * port, from its own temporary directory. What a test plants goes in through the server's own client or protocol,
 * written here by the test, never by Ward.
 */
public final class RealServers {

    private static final Duration STARTUP = Duration.ofSeconds(40);

    private RealServers() {
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public static LoopbackServer redis(String password) throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("redis-server", "/usr/bin/redis-server");
        Path dir = LoopbackServer.tempDir("redis");
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(bin.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "no", "--protected-mode", "no", "--daemonize", "no"));
        if (!password.isEmpty()) {
            cmd.addAll(List.of("--requirepass", password));
        }
        return LoopbackServer.start("redis", cmd, dir, port, STARTUP, Map.of());
    }

    /** Sends RESP commands (test set-up) and returns the raw reply bytes as text. */
    public static String resp(int port, String... commandLines) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            StringBuilder out = new StringBuilder();
            for (String line : commandLines) {
                String[] args = line.split(" ", 3);
                StringBuilder cmd = new StringBuilder("*" + args.length + "\r\n");
                for (String a : args) {
                    byte[] b = a.getBytes(StandardCharsets.UTF_8);
                    cmd.append('$').append(b.length).append("\r\n").append(a).append("\r\n");
                }
                s.getOutputStream().write(cmd.toString().getBytes(StandardCharsets.UTF_8));
                byte[] buf = new byte[4096];
                out.append(new String(buf, 0, Math.max(0, s.getInputStream().read(buf)), StandardCharsets.UTF_8));
            }
            return out.toString();
        }
    }

    /** PostgreSQL 15 started directly (initdb, postgres) as user nobody; {@code password} empty means trust. */
    public static LoopbackServer postgres(String password) throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("postgresql", "/usr/lib/postgresql/15/bin/postgres",
                "/usr/lib/postgresql/16/bin/postgres", "/usr/lib/postgresql/17/bin/postgres").getParent();
        Path dir = LoopbackServer.tempDir("postgres");
        int port = freePort();
        List<String> init = new ArrayList<>(LoopbackServer.asNobody());
        init.addAll(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres", "-N"));
        if (password.isEmpty()) {
            init.add("--auth=trust");
        } else {
            Path pw = dir.resolve("pw");
            Files.writeString(pw, password);
            pw.toFile().setReadable(true, false);
            init.addAll(List.of("--auth-host=scram-sha-256", "--auth-local=trust", "--pwfile=" + pw));
        }
        LoopbackServer.run(dir, Duration.ofSeconds(60), init.toArray(String[]::new));
        List<String> cmd = new ArrayList<>(LoopbackServer.asNobody());
        cmd.addAll(List.of(bin.resolve("postgres").toString(), "-D", dir.resolve("data").toString(), "-p", String.valueOf(port),
                "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "shared_buffers=16MB"));
        return LoopbackServer.start("postgres", cmd, dir, port, STARTUP, Map.of());
    }

    /** Runs SQL through psql over the server's Unix socket (test set-up). */
    public static void psql(LoopbackServer pg, String database, String sql) throws IOException, InterruptedException {
        LoopbackServer.run(pg.dir(), Duration.ofSeconds(30), "psql", "-h", pg.dir().toString(), "-p",
                String.valueOf(pg.port()), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql);
    }

    /** MariaDB with its own datadir; root@localhost has an empty password until a test sets one. */
    public static LoopbackServer mariadb() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("mariadb-server", "/usr/sbin/mariadbd");
        Path dir = LoopbackServer.tempDir("mariadb");
        int port = freePort();
        LoopbackServer.run(dir, Duration.ofSeconds(90), "mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=root");
        return LoopbackServer.start("mariadb", List.of(bin.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("m.sock"), "--user=root",
                "--max-connect-errors=100000", "--skip-log-bin", "--innodb-buffer-pool-size=16M"), dir, port, STARTUP, Map.of());
    }

    public static void mariadbSql(LoopbackServer db, String sql) throws IOException, InterruptedException {
        LoopbackServer.run(db.dir(), Duration.ofSeconds(30), "mariadb", "--socket=" + db.dir().resolve("m.sock"), "-uroot", "-e", sql);
    }

    public static LoopbackServer memcached() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("memcached", "/usr/bin/memcached");
        Path dir = LoopbackServer.tempDir("memcached");
        int port = freePort();
        return LoopbackServer.start("memcached", List.of(bin.toString(), "-l", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "0", "-u", "nobody", "-m", "16"), dir, port, STARTUP, Map.of());
    }

    /** Sends memcached text commands (test set-up). */
    public static void memcachedSet(int port, String key, String value) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            byte[] v = value.getBytes(StandardCharsets.UTF_8);
            s.getOutputStream().write(("set " + key + " 0 0 " + v.length + "\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
            s.getInputStream().read(new byte[64]);
        }
    }

    /** Jupyter Notebook with the given token; an empty token means no authentication at all. */
    public static LoopbackServer jupyter(String token) throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("jupyter-notebook", "/usr/bin/jupyter-notebook");
        Path dir = LoopbackServer.tempDir("jupyter");
        int port = freePort();
        Files.writeString(dir.resolve("notes.txt"), "planted file");
        return LoopbackServer.start("jupyter", List.of(bin.toString(), "--no-browser", "--ip=127.0.0.1", "--port=" + port,
                "--port-retries=0", "--NotebookApp.token=" + token, "--NotebookApp.password=", "--allow-root",
                "--notebook-dir=" + dir), dir, port, STARTUP, Map.of("HOME", dir.toString(), "JUPYTER_RUNTIME_DIR", dir.resolve("rt").toString()));
    }

    public static LoopbackServer prometheus() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("prometheus", "/usr/bin/prometheus");
        Path dir = LoopbackServer.tempDir("prometheus");
        int port = freePort();
        Files.writeString(dir.resolve("prometheus.yml"), """
                global:
                  scrape_interval: 1h
                scrape_configs:
                  - job_name: self
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                  - job_name: billing-db
                    static_configs:
                      - targets: ['billing-db.internal:9187']
                """.formatted(port));
        LoopbackServer server = LoopbackServer.start("prometheus", List.of(bin.toString(), "--config.file=" + dir.resolve("prometheus.yml"),
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + dir.resolve("data")), dir, port, STARTUP, Map.of());
        awaitBody(server, "http://127.0.0.1:" + port + "/api/v1/targets", "billing-db.internal:9187");
        return server;
    }

    /**
     * Waits until a started server's page shows what the test planted. Prometheus, for one, publishes static scrape
     * targets only after its discovery manager's first (throttled, about 5 s) sync, well after its port opens.
     */
    private static void awaitBody(LoopbackServer server, String url, String expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = http("GET", url, null);
                if (last.contains(expected)) {
                    return;
                }
            } catch (IOException | IllegalStateException e) {
                last = e.getMessage();
            }
            Thread.sleep(200);
        }
        server.close();
        throw new IllegalStateException(url + " never showed " + expected + " within " + STARTUP + "; last reply: " + last);
    }

    public static LoopbackServer etcd() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("etcd-server", "/usr/bin/etcd");
        Path dir = LoopbackServer.tempDir("etcd");
        int port = freePort();
        int peer = freePort();
        return LoopbackServer.start("etcd", List.of(bin.toString(), "--name", "ward", "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", "http://127.0.0.1:" + port, "--advertise-client-urls", "http://127.0.0.1:" + port,
                "--listen-peer-urls", "http://127.0.0.1:" + peer, "--initial-advertise-peer-urls", "http://127.0.0.1:" + peer,
                "--initial-cluster", "ward=http://127.0.0.1:" + peer, "--enable-v2"), dir, port, STARTUP, Map.of());
    }

    public static LoopbackServer dockerRegistry() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("docker-registry", "/usr/bin/docker-registry");
        Path dir = LoopbackServer.tempDir("registry");
        int port = freePort();
        Files.writeString(dir.resolve("config.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s/data
                http:
                  addr: 127.0.0.1:%d
                """.formatted(dir, port));
        return LoopbackServer.start("registry", List.of(bin.toString(), "serve", dir.resolve("config.yml").toString()),
                dir, port, STARTUP, Map.of());
    }

    /** RabbitMQ with the management plugin; {@link #managementPort} is read from the returned server's directory. */
    public static LoopbackServer rabbitmq() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server");
        Path dir = LoopbackServer.tempDir("rabbitmq");
        int amqp = freePort();
        int management = freePort();
        Files.writeString(dir.resolve("plugins"), "[rabbitmq_management].\n");
        Files.writeString(dir.resolve("rabbitmq.conf"), "listeners.tcp.default = 127.0.0.1:" + amqp
                + "\nmanagement.tcp.port = " + management + "\nmanagement.tcp.ip = 127.0.0.1\n");
        Files.writeString(dir.resolve("management-port"), String.valueOf(management));
        LoopbackServer server = LoopbackServer.start("rabbitmq", List.of(bin.toString()), dir, management, Duration.ofSeconds(90), Map.of(
                "HOME", dir.toString(), "RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq").toString(),
                "RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("plugins").toString(),
                "RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString(), "RABBITMQ_LOG_BASE", dir.resolve("log").toString(),
                "RABBITMQ_NODENAME", "ward" + amqp + "@localhost", "RABBITMQ_DIST_PORT", String.valueOf(freePort()),
                "RABBITMQ_PID_FILE", dir.resolve("pid").toString()));
        Files.writeString(dir.resolve("amqp-port"), String.valueOf(amqp));
        return server;
    }

    public static int rabbitmqAmqpPort(LoopbackServer rabbit) throws IOException {
        return Integer.parseInt(Files.readString(rabbit.dir().resolve("amqp-port")).strip());
    }

    public static LoopbackServer influxdb() throws IOException, InterruptedException {
        Path bin = LoopbackServer.require("influxdb", "/usr/bin/influxd");
        Path dir = LoopbackServer.tempDir("influxdb");
        int port = freePort();
        Files.writeString(dir.resolve("influxdb.conf"), """
                reporting-disabled = true
                bind-address = "127.0.0.1:%d"
                [meta]
                  dir = "%s/meta"
                [data]
                  dir = "%s/data"
                  wal-dir = "%s/wal"
                [http]
                  bind-address = "127.0.0.1:%d"
                  log-enabled = false
                [monitor]
                  store-enabled = false
                """.formatted(freePort(), dir, dir, dir, port));
        return LoopbackServer.start("influxdb", List.of(bin.toString(), "run", "-config", dir.resolve("influxdb.conf").toString()),
                dir, port, STARTUP, Map.of("HOME", dir.toString()));
    }

    /** An HTTP request for test set-up (writing planted data), never used by Ward. */
    public static String http(String method, String url, String body) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " failed: HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }
}
