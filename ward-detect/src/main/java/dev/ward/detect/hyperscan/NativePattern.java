package dev.ward.detect.hyperscan;

/**
 * One expression of a {@link NativePatterns} set, in Hyperscan's PCRE subset, with the id its matches carry.
 *
 * @param expression the regular expression
 * @param flags      Hyperscan compile flags ({@link #CASELESS}, {@link #SINGLE_MATCH}, ...)
 * @param id         the id reported with each match, below {@link MatchEvents#MAX_ID}
 */
public record NativePattern(String expression, int flags, int id) {

    public static final int CASELESS = 1;
    public static final int DOT_ALL = 2;
    /** Report only the first match of this expression in each scan. */
    public static final int SINGLE_MATCH = 8;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public NativePattern {
        if (expression == null || expression.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        if (id < 0 || id > MatchEvents.MAX_ID) {
            throw new IllegalArgumentException("pattern id out of range: " + id);
        }
    }

    /** An expression that matches exactly {@code text} (ASCII), every byte escaped. */
    public static NativePattern literal(String text, int flags, int id) {
        StringBuilder escaped = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("literal must be ASCII: " + text);
            }
            escaped.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
        return new NativePattern(escaped.toString(), flags, id);
    }
}
