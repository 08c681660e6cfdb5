package dev.ward.secrets.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One git command run in a repository, its standard error kept (bounded) for a clear message if it fails. */
final class GitProcess implements AutoCloseable {

    private static final int MAX_STDERR = 4096;

    private final Process process;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Thread stderrDrain;
    private final String command;

    private GitProcess(Process process, String command) {
        this.process = process;
        this.command = command;
        this.stderrDrain = Thread.ofVirtual().start(() -> drain(process.getErrorStream()));
    }

    static GitProcess start(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            return new GitProcess(new ProcessBuilder(command).start(), "git " + args[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run git (is it installed and on PATH?): " + e.getMessage(), e);
        }
    }

    Process process() {
        return process;
    }

    /** Waits for the end; returns null on success, else one line saying what git reported. */
    String failure() {
        try {
            int code = process.waitFor();
            stderrDrain.join();
            if (code == 0) {
                return null;
            }
            String text;
            synchronized (stderr) {
                text = stderr.toString(StandardCharsets.UTF_8).strip();
            }
            String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + code);
            return command + " failed: " + first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command + " interrupted";
        }
    }

    private void drain(InputStream err) {
        byte[] buffer = new byte[1024];
        try {
            int n;
            while ((n = err.read(buffer)) >= 0) {
                synchronized (stderr) {
                    if (stderr.size() < MAX_STDERR) {
                        stderr.write(buffer, 0, Math.min(n, MAX_STDERR - stderr.size()));
                    }
                }
            }
        } catch (IOException ignored) {
            // The process ended; what was read is enough for the message.
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
