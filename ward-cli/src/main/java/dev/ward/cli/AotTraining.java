package dev.ward.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The training run for the JDK's AOT cache, which {@code ./ward} starts once after each build. The cache keeps what
 * the training loaded, linked and profiled, so a run is fast only on paths the training took. A probe of a closed
 * port trained the CLI but not a single probe, survey or detector; this drives them against two loopback stand-ins,
 * which are test doubles for ClickHouse 18.16 and exist only for this run: an HTTP interface that lets anyone in and
 * serves a small {@code log_stream} table holding made-up keys, and a native port that asks for a password. It then
 * writes every report format, scans a few files for secrets, posture and model risks, and scans a 1.6 MB tree shaped
 * like source code for secrets, so that long scans start with trained profiles too.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("ward-aot-training");
        try {
            train(dir);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** Runs the training workload; reports and scanned files are written under {@code dir}. */
    static void train(Path dir) throws IOException {
        try (ServerSocket http = loopback(); ServerSocket nativePort = loopback(); ServerSocket closed = loopback()) {
            serve(http, AotTraining::clickHouseHttp);
            serve(nativePort, AotTraining::clickHouseNative);
            int closedPort = closed.getLocalPort();
            closed.close();
            String ports = http.getLocalPort() + "," + nativePort.getLocalPort() + "," + closedPort;
            for (String format : new String[] {"json", "sarif", "html", "terminal"}) {
                Main.run("surface", "127.0.0.1", "--ports", ports, "--format", format,
                        "--output", dir.resolve("report." + format).toString());
            }
            Path files = Files.createDirectories(dir.resolve("files"));
            Files.writeString(files.resolve(".env"), "OPENAI_API_KEY=" + fakeKey() + "\nCONTACT=ops@example.com\n");
            Files.writeString(files.resolve("docker-compose.yml"), """
                    services:
                      clickhouse:
                        image: clickhouse/clickhouse-server
                        ports: ["8123:8123", "9000:9000"]
                        environment:
                          CLICKHOUSE_SKIP_USER_SETUP: "1"
                    """);
            for (String command : new String[] {"secrets", "posture", "models"}) {
                Main.run(command, files.toString(), "--format", "json", "--output", dir.resolve(command + ".json").toString());
            }
            Main.run("secrets", sourceTree(dir.resolve("tree")).toString(), "--format", "json", "--output",
                    dir.resolve("tree.json").toString());
        }
    }

    /** Lines of the kinds a source tree holds, and the kinds of hits the detectors look closer at. */
    private static final String[] TREE_LINES = {
        "import java.util.concurrent.ConcurrentHashMap; // 2024-01-15",
        "    private static final long serialVersionUID = 7373984872572414699L;",
        "    String url = \"https://api.example.com/v2/orders?page=%d&size=%2F\" + page;",
        "        throw new IllegalArgumentException(\"bad key: \\u0041\\/\" + key);",
        "token: \"${TOKEN}\"  # password: changeme",
        "  \"description\": \"c2VjcmV0IGNvbmZpZ3VyYXRpb24gdmFsdWUgZm9yIHRoZSB0cmFpbmluZyBydW4=\",",
        "contact: jane.doe@example.com, phone +44 20 7946 0958, card 4111 1111 1111 1111",
        "IBAN GB82 WEST 1234 5698 7654 32; aws_region: eu-central-1; checksum 3f2a9c1d0b8e7f6a5d4c3b2a1f0e9d8c",
        "{\"role\": \"user\", \"content\": \"summarise the ticket\"}",
    };

    /** A few megabytes of files shaped like a source tree, with one made-up key, so long scans get trained too. */
    private static Path sourceTree(Path tree) throws IOException {
        Files.createDirectories(tree);
        java.util.Random random = new java.util.Random(3);
        for (int f = 0; f < 80; f++) {
            StringBuilder text = new StringBuilder(24_000);
            while (text.length() < 20_000) {
                text.append(TREE_LINES[random.nextInt(TREE_LINES.length)]).append(' ').append(random.nextInt(1 << 20))
                        .append('\n');
            }
            if (f == 7) {
                text.append("OPENAI_API_KEY=").append(fakeKey()).append('\n');
            }
            Files.writeString(tree.resolve("File" + f + ".java"), text);
        }
        return tree;
    }

    private static ServerSocket loopback() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    private static void serve(ServerSocket server, Function<byte[], byte[]> reply) {
        Thread.ofPlatform().daemon().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofPlatform().daemon().start(() -> answer(socket, reply));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void answer(Socket socket, Function<byte[], byte[]> reply) {
        try (socket) {
            socket.setSoTimeout(2_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n = in.read(buffer);
            if (n > 0) {
                OutputStream out = socket.getOutputStream();
                out.write(reply.apply(java.util.Arrays.copyOf(buffer, n)));
                out.flush();
            }
        } catch (IOException ignored) {
            // the prober hung up; nothing to train on
        }
    }

    private static byte[] clickHouseHttp(byte[] request) {
        String line = new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        String[] parts = line.split(" ");
        String target = parts.length > 1 ? parts[1] : "/";
        if (!line.startsWith("GET ")) {
            return http(400, "Bad request");
        }
        if (target.equals("/") || target.equals("/ping")) {
            return http(200, "Ok.\n");
        }
        if (!target.startsWith("/?query=")) {
            return http(404, "There is no handle " + target + "\n");
        }
        String sql = URLDecoder.decode(target.substring("/?query=".length()), StandardCharsets.UTF_8);
        return http(sql.contains("displayName") ? 500 : 200, result(sql));
    }

    private static String result(String sql) {
        if (sql.startsWith("SELECT version(), timezone()")) {
            return "18.16.1\tAsia/Shanghai\ttraining\n";
        } else if (sql.startsWith("SELECT version()")) {
            return "18.16.1\n";
        } else if (sql.contains("displayName")) {
            return "Code: 46, e.displayText() = DB::Exception: Unknown function displayName, e.what() = DB::Exception\n";
        } else if (sql.contains("system.databases")) {
            return "default\n";
        } else if (sql.contains("system.tables")) {
            return "default\tlog_stream\tMergeTree\n";
        } else if (sql.contains("system.columns")) {
            return "default\tlog_stream\ttimestamp\tDateTime\ndefault\tlog_stream\tspan_name\tString\n"
                    + "default\tlog_stream\tstring.values\tArray(String)\ndefault\tlog_stream\t_service\tString\n";
        } else if (sql.contains("system.parts")) {
            return "default\tlog_stream\t3\n";
        } else if (sql.startsWith("SHOW TABLES")) {
            return "log_stream\n";
        } else if (sql.contains("log_stream")) {
            String key = fakeKey();
            return ("['user: my key is " + key + ", mail me at dev@example.com', 'assistant: noted']\t/v1/chat/completions\tapi\t2025-01-29 10:00:00\n")
                    .repeat(3);
        }
        return "Code: 60, e.displayText() = DB::Exception: Table does not exist, e.what() = DB::Exception\n";
    }

    /** Shaped like an OpenAI project key and made up here, so the detectors run their checks on it. */
    private static String fakeKey() {
        String filler = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ98765432101234";
        return "sk-proj-" + filler.substring(0, 74) + "T3BlbkFJ" + filler.substring(2, 76);
    }

    private static byte[] http(int status, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: text/tab-separated-values;"
                + " charset=UTF-8\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** The native port: HTTP gets ClickHouse's "wrong port" answer; anything else a wrong-password Exception packet. */
    private static byte[] clickHouseNative(byte[] request) {
        if (new String(request, 0, Math.min(4, request.length), StandardCharsets.ISO_8859_1).equals("GET ")) {
            return ("HTTP/1.0 400 Bad Request\r\n\r\nPort 9000 is for clickhouse-client program.\r\n"
                    + "You must use port 8123 for HTTP.\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(2);
        int code = 193;
        for (int i = 0; i < 4; i++) {
            out.write((code >>> (8 * i)) & 0xff);
        }
        nativeString(out, "DB::Exception");
        nativeString(out, "DB::Exception: Wrong password for user default");
        nativeString(out, "");
        out.write(0);
        return out.toByteArray();
    }

    private static void nativeString(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        while (n >= 0x80) {
            out.write((n & 0x7f) | 0x80);
            n >>>= 7;
        }
        out.write(n);
        out.writeBytes(bytes);
    }
}
