package dev.ward.detect;

import java.util.regex.Pattern;

/**
 * A rule's regex, compiled when first used. A scan compiles only the rules whose keywords occur, which for most
 * content is a small part of them; compiling all of them took a cold start about 0.1 s. Thread-safe: two threads may
 * both compile it once, and either result serves.
 */
public final class LazyPattern {

    private final String regex;
    private volatile Pattern compiled;

    private LazyPattern(String regex, Pattern compiled) {
        this.regex = regex;
        this.compiled = compiled;
    }

    /** A regex known to compile (validated when Ward was built); compiled on first use. */
    static LazyPattern deferred(String regex) {
        return new LazyPattern(regex, null);
    }

    static LazyPattern of(Pattern pattern) {
        return new LazyPattern(pattern.pattern(), pattern);
    }

    public Pattern get() {
        Pattern pattern = compiled;
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            compiled = pattern;
        }
        return pattern;
    }

    public String regex() {
        return regex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LazyPattern that && regex.equals(that.regex);
    }

    @Override
    public int hashCode() {
        return regex.hashCode();
    }

    @Override
    public String toString() {
        return regex;
    }
}
