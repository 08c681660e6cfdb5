package dev.ward.surface.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Target lists kept in files: {@code @FILE} in the targets, or {@code -} for standard input. One or more targets a
 * line, separated by spaces or commas; {@code #} starts a comment; blank lines are skipped.
 */
public final class TargetFiles {

    private TargetFiles() {
    }

    /** The targets with every {@code @FILE} and {@code -} replaced by the targets they hold. */
    public static List<String> expand(List<String> targets, Supplier<InputStream> stdin) {
        List<String> out = new ArrayList<>();
        boolean stdinRead = false;
        for (String target : targets) {
            String t = target == null ? "" : target.trim();
            if (t.equals("-")) {
                if (stdinRead) {
                    throw new IllegalArgumentException("'-' (standard input) is given twice");
                }
                stdinRead = true;
                out.addAll(read(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8), "standard input"));
            } else if (t.startsWith("@") && t.length() > 1) {
                out.addAll(read(Path.of(t.substring(1))));
            } else {
                out.add(target);
            }
        }
        return out;
    }

    /** The targets in one file. */
    public static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("targets file " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("targets file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read targets file " + file + ": " + e.getMessage());
        }
    }

    private static List<String> read(Reader source, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int hash = line.indexOf('#');
                String content = hash < 0 ? line : line.substring(0, hash);
                for (String token : content.split("[\\s,]+")) {
                    if (!token.isEmpty()) {
                        out.add(token);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read targets from " + name + ": " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no targets in " + name);
        }
        return out;
    }
}
