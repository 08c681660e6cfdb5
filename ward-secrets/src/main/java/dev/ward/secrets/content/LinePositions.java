package dev.ward.secrets.content;

/**
 * Turns absolute char offsets into 1-based line and column while text streams past in chunks. Queries must not go
 * backwards past {@link #advanceTo}'s last target, which holds because hits are mapped in order of their offset.
 */
final class LinePositions {

    private long cursor;
    private int line = 1;
    private long lineStart;

    /** Counts the line breaks in {@code chunk} (which starts at absolute offset {@code chunkStart}) up to {@code target}. */
    void advanceTo(String chunk, long chunkStart, long target) {
        if (target <= cursor) {
            return;
        }
        int from = (int) Math.max(0, cursor - chunkStart);
        int to = (int) Math.min(chunk.length(), target - chunkStart);
        // A plain loop, not indexOf: indexOf would search past the target to the chunk's end on every call.
        for (int i = from; i < to; i++) {
            if (chunk.charAt(i) == '\n') {
                line++;
                lineStart = chunkStart + i + 1;
            }
        }
        cursor = target;
    }

    int line() {
        return line;
    }

    int column(long offset) {
        return (int) Math.min(Integer.MAX_VALUE, offset - lineStart + 1);
    }
}
