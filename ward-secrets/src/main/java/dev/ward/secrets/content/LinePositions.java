package dev.ward.secrets.content;

/**
 * Turns absolute byte offsets into 1-based line and column (in UTF-16 code units) while content streams past in
 * chunks. Only the stretch up to a hit is read, and only once: queries must not go backwards past {@link #advanceTo}'s
 * last target, which holds because hits are mapped in order of their offset.
 */
final class LinePositions {

    private long cursor;
    private int line = 1;
    /** UTF-16 code units from the start of the current line to {@link #cursor}. */
    private long column;

    /**
     * Counts line breaks and columns in the bytes up to absolute offset {@code target}; {@code data[lo]} is at absolute
     * offset {@code base}, and the bytes between the last target and this one must still be in {@code data}.
     */
    void advanceTo(byte[] data, int lo, long base, long target) {
        if (target <= cursor) {
            return;
        }
        int from = (int) (lo + cursor - base);
        int to = (int) (lo + target - base);
        int lastBreak = to - 1;
        while (lastBreak >= from && data[lastBreak] != '\n') {
            lastBreak--;
        }
        if (lastBreak < from) {
            column += Utf8Bytes.utf16Units(data, from, to);
        } else {
            int breaks = 0;
            for (int i = from; i <= lastBreak; i++) {
                if (data[i] == '\n') {
                    breaks++;
                }
            }
            line += breaks;
            column = Utf8Bytes.utf16Units(data, lastBreak + 1, to);
        }
        cursor = target;
    }

    int line() {
        return line;
    }

    int column() {
        return (int) Math.min(Integer.MAX_VALUE, column + 1);
    }
}
