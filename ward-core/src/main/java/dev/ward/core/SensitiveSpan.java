package dev.ward.core;

/** A region of text, {@code [start, end)}, that holds something which must never be shown in full. */
public record SensitiveSpan(int start, int end, String kind) {

    public SensitiveSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(SensitiveSpan other) {
        return start < other.end && other.start < end;
    }
}
