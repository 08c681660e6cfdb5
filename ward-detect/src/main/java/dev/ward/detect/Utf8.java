package dev.ward.detect;

/** Strict UTF-8 sequences over bytes, shared by the detectors and the file scanners that feed them. */
public final class Utf8 {

    private Utf8() {
    }

    /** Bytes a sequence with this lead byte takes, or 0 when it cannot lead one. */
    public static int width(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xc2 && lead < 0xe0) {
            return 2;
        }
        if (lead >= 0xe0 && lead < 0xf0) {
            return 3;
        }
        return lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    }

    /**
     * The code point of the sequence that starts at {@code at} and ends before {@code to}, or -1 when none starts
     * there, it is cut off, malformed, overlong or a surrogate.
     */
    public static int codePointAt(byte[] data, int at, int to) {
        int lead = data[at] & 0xff;
        int width = width(lead);
        if (width == 1) {
            return lead;
        }
        if (width == 0 || at + width > to) {
            return -1;
        }
        int cp = lead & (0xff >> (width + 1));
        for (int k = 1; k < width; k++) {
            int b = data[at + k] & 0xff;
            if ((b & 0xc0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        boolean overlong = (width == 3 && cp < 0x800) || (width == 4 && cp < 0x10000);
        return overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? -1 : cp;
    }
}
