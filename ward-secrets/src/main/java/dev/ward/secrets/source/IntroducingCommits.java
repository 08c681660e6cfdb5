package dev.ward.secrets.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * For each blob, the oldest commit whose diff adds it: one {@code git log --all --raw} pass, newest first, where
 * the last commit seen to add a blob is the one that introduced it. Blobs only ever added by a merge stay unnamed.
 */
final class IntroducingCommits {

    private IntroducingCommits() {
    }

    /** Blob id to {commit id, ISO author date}. */
    static Map<String, String[]> find(Path repo, Set<String> blobs) {
        Map<String, String[]> found = new HashMap<>();
        try (GitProcess log = GitProcess.start(repo, "log", "--all", "--format=%x01%H %aI", "--raw", "--no-abbrev", "--no-renames");
             BufferedReader lines = new BufferedReader(new InputStreamReader(log.process().getInputStream(), StandardCharsets.UTF_8))) {
            String[] current = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("\u0001")) {
                    current = line.substring(1).split(" ", 2);
                } else if (line.startsWith(":") && current != null) {
                    String[] fields = line.split("[ \t]", 6);
                    if (fields.length >= 5 && blobs.contains(fields[3])) {
                        found.put(fields[3], current);
                    }
                }
            }
            log.failure();
        } catch (IOException | RuntimeException e) {
            // The commits are extra detail; the findings stand without them.
        }
        return found;
    }
}
