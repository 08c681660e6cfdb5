package dev.ward.secrets.content;

import dev.ward.detect.hyperscan.BackgroundCompile;
import dev.ward.detect.hyperscan.MatchEvents;
import dev.ward.detect.hyperscan.NativePattern;
import dev.ward.detect.hyperscan.NativePatterns;
import java.util.List;

/**
 * Whether a text holds a percent escape or a JSON escape that can hide a key's characters at all, found in one native
 * pass. Most text holds neither, and then the byte-by-byte search for them, with its many false starts on
 * {@code \n} and {@code %s}, is skipped. The escapes are those {@link EncodedSpanFinder} decodes, so skipping never
 * loses a span.
 */
final class EscapeSignals {

    private static final int PERCENT = 0;
    private static final int JSON = 1;
    private static final BackgroundCompile<NativePatterns> PATTERNS = new BackgroundCompile<>(() ->
            NativePatterns.compile(List.of(
                    new NativePattern("%[0-9A-Fa-f]{2}", NativePattern.SINGLE_MATCH, PERCENT),
                    new NativePattern("\\\\(?:/|u00[2-7][0-9A-Fa-f])", NativePattern.SINGLE_MATCH, JSON))));

    /** Which escapes are present: {@link #percent()} and {@link #json()}, both true when it was not looked. */
    record Present(boolean percent, boolean json) {
        static final Present UNKNOWN = new Present(true, true);
    }

    private EscapeSignals() {
    }

    /** The escapes present in {@code data[from, to)}, or {@link Present#UNKNOWN} when not looked for natively. */
    static Present in(byte[] data, int from, int to) {
        if (to - from < BackgroundCompile.MIN_NATIVE_BYTES) {
            return Present.UNKNOWN;
        }
        return lookNatively(PATTERNS.ifReady(), data, from, to);
    }

    /** As {@link #in}, waiting for the native patterns and whatever the length; for tests. */
    static Present inNow(byte[] data, int from, int to) {
        return lookNatively(PATTERNS.await(), data, from, to);
    }

    private static Present lookNatively(NativePatterns patterns, byte[] data, int from, int to) {
        MatchEvents events = new MatchEvents();
        if (patterns == null || !patterns.scan(data, from, to, events)) {
            return Present.UNKNOWN;
        }
        boolean percent = false;
        boolean json = false;
        for (int i = 0; i < events.size(); i++) {
            percent |= events.id(i) == PERCENT;
            json |= events.id(i) == JSON;
        }
        return new Present(percent, json);
    }
}
