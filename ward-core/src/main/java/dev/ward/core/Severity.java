package dev.ward.core;

import java.util.Locale;

/** How bad a finding is. Ordered from least to most severe, so {@code compareTo} ranks them. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses a user-supplied name such as {@code high} or {@code CRITICAL}. */
    public static Severity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("severity is empty; expected one of info, low, medium, high, critical");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "'; expected one of info, low, medium, high, critical");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
