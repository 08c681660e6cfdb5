package dev.ward.detect;

import dev.ward.detect.hyperscan.MatchEvents;
import dev.ward.detect.hyperscan.NativePattern;
import java.util.List;

/**
 * What the native first pass saw of a text's shape, besides keywords, so that a byte-level scanner built on the
 * detectors need not read every byte again: where the first byte outside ASCII is, and whether there is an escape
 * that can hide a key's characters. (Runs of base64 alphabet are not among them: a bounded repeat over that wide a
 * class tripled the native pass's time on source code, far more than the Java word-at-a-time search it would spare.)
 *
 * @param firstNonAscii  offset of the first byte at or above 0x80, or -1 when the text is all ASCII
 * @param percentEscape  whether a {@code %XX} escape (two hex digits) occurs
 * @param jsonEscape     whether a {@code \/} or a {@code \\u00XX} escape of a printable ASCII character occurs
 */
public record TextMarkers(int firstNonAscii, boolean percentEscape, boolean jsonEscape) {

    static final int NON_ASCII_EVENT = 0;
    static final int PERCENT_EVENT = 1;
    static final int JSON_EVENT = 2;
    /** What the native pass looks for on behalf of this record, in event order. */
    static final List<NativePattern> NATIVE_PATTERNS = List.of(
            new NativePattern("[\\x80-\\xff]", NativePattern.SINGLE_MATCH, NON_ASCII_EVENT),
            new NativePattern("%[0-9A-Fa-f]{2}", NativePattern.SINGLE_MATCH, PERCENT_EVENT),
            new NativePattern("\\\\(?:/|u00[2-7][0-9A-Fa-f])", NativePattern.SINGLE_MATCH, JSON_EVENT));

    /** The markers of a native pass whose marker event ids count from {@code firstId}. */
    static TextMarkers fromEvents(MatchEvents events, int firstId) {
        int firstNonAscii = -1;
        boolean percent = false;
        boolean json = false;
        for (int i = 0; i < events.size(); i++) {
            int end = events.end(i);
            switch (events.id(i) - firstId) {
                case NON_ASCII_EVENT -> firstNonAscii = end - 1;
                case PERCENT_EVENT -> percent = true;
                case JSON_EVENT -> json = true;
                default -> {
                }
            }
        }
        return new TextMarkers(firstNonAscii, percent, json);
    }
}
