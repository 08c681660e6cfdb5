package dev.ward.core;

import java.util.Objects;

/**
 * Where a finding is: a file and position, or a network URI such as {@code clickhouse://10.0.0.5:9000}.
 * Lines and columns are 1-based; 0 means unknown.
 */
public record Location(String uri, int line, int column) {

    public Location {
        Objects.requireNonNull(uri, "uri");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    public static Location of(String uri) {
        return new Location(uri, 0, 0);
    }

    public boolean hasPosition() {
        return line > 0;
    }
}
