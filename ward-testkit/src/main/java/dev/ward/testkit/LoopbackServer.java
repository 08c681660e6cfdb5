package dev.ward.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real server from Debian's packages, started on 127.0.0.1 on a free (non-default) port from a private temporary
 * directory and stopped by PID. A missing binary skips the test with a message, or fails it under {@code CI=true}.
 */
public final class LoopbackServer implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path dir;
    private final int port;
    private final List<AutoCloseable> alsoStop = new ArrayList<>();

    private LoopbackServer(String name, Process process, Path dir, int port) {
        this.name = name;
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** The binary, or skip (fail under CI=true) when the package is not installed. */
    public static Path require(String packageName, String... candidates) {
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        String message = packageName + " is not installed (looked for " + String.join(", ", candidates)
                + "); scripts/test installs it with apt-get";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    public static Path tempDir(String name) throws IOException {
        Path dir = Files.createTempDirectory("ward-" + name + "-");
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        dir.toFile().setReadable(true, false);
        return dir;
    }

    /** Starts {@code command} in {@code dir} and waits until {@code port} accepts connections. */
    public static LoopbackServer start(String name, List<String> command, Path dir, int port, Duration startup,
                                       Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        LoopbackServer server = new LoopbackServer(name, builder.start(), dir, port);
        server.awaitPort(startup);
        return server;
    }

    /** A command run to completion during set-up, such as initdb; fails with its output when it fails. */
    public static void run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("setup-" + Path.of(command[0]).getFileName() + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + limit);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + Files.readString(log));
        }
    }

    /** The command prefix that drops root for servers that refuse it (PostgreSQL): setpriv execs, so the PID stays. */
    public static List<String> asNobody() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups") : List.of();
    }

    private void awaitPort(Duration startup) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " at startup: " + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException(name + " did not listen on " + port + " within " + startup.toSeconds() + " s: " + log());
    }

    public String log() {
        try {
            String text = Files.readString(dir.resolve(name + ".log"));
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public long pid() {
        return process.pid();
    }

    /** Something else to stop with this server, such as a second listener's helper. */
    public void alsoStop(AutoCloseable other) {
        alsoStop.add(other);
    }

    @Override
    public void close() {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable other : alsoStop) {
            try {
                other.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp dir is harmless
        }
    }
}
