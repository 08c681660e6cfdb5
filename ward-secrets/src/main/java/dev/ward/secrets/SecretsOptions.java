package dev.ward.secrets;

import dev.ward.secrets.source.ArchiveLimits;
import java.nio.file.Path;
import java.util.List;

/** What a {@code ward secrets} run should do. Plain fluent setters; the defaults suit a source tree. */
public final class SecretsOptions {

    public static final long DEFAULT_MAX_FILE_SIZE = 100L << 20;

    private boolean gitHistory;
    private boolean gitignore = true;
    private List<String> excludes = List.of();
    private Path rulesFile;
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int decodeDepth = 2;
    private ArchiveLimits archiveLimits = ArchiveLimits.standard();
    private boolean verify;
    private Path baseline;
    private Path writeBaseline;

    public boolean gitHistory() {
        return gitHistory;
    }

    /** Scan every blob in the history of each target repository instead of its working tree. */
    public SecretsOptions gitHistory(boolean value) {
        gitHistory = value;
        return this;
    }

    public boolean gitignore() {
        return gitignore;
    }

    public SecretsOptions gitignore(boolean value) {
        gitignore = value;
        return this;
    }

    public List<String> excludes() {
        return excludes;
    }

    public SecretsOptions excludes(List<String> value) {
        excludes = List.copyOf(value);
        return this;
    }

    public Path rulesFile() {
        return rulesFile;
    }

    public SecretsOptions rulesFile(Path value) {
        rulesFile = value;
        return this;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public SecretsOptions maxFileSize(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("--max-file-size must be positive");
        }
        maxFileSize = value;
        return this;
    }

    public int threads() {
        return threads;
    }

    public SecretsOptions threads(int value) {
        if (value < 1 || value > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, not " + value);
        }
        threads = value;
        return this;
    }

    public int decodeDepth() {
        return decodeDepth;
    }

    /** How many layers of base64 / URL / JSON escaping to look through; 0 turns decoding off. */
    public SecretsOptions decodeDepth(int value) {
        decodeDepth = Math.max(0, Math.min(value, 4));
        return this;
    }

    public ArchiveLimits archiveLimits() {
        return archiveLimits;
    }

    public SecretsOptions archiveLimits(ArchiveLimits value) {
        archiveLimits = value;
        return this;
    }

    public boolean verify() {
        return verify;
    }

    public SecretsOptions verify(boolean value) {
        verify = value;
        return this;
    }

    public Path baseline() {
        return baseline;
    }

    public SecretsOptions baseline(Path value) {
        baseline = value;
        return this;
    }

    public Path writeBaseline() {
        return writeBaseline;
    }

    public SecretsOptions writeBaseline(Path value) {
        writeBaseline = value;
        return this;
    }
}
