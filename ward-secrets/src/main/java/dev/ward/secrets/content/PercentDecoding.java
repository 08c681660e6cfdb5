package dev.ward.secrets.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decoding that leaves {@code +} alone (it is part of many keys) and gives null for text without escapes. */
final class PercentDecoding {

    private PercentDecoding() {
    }

    static String decode(String run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(run.length());
        boolean changed = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '%' && i + 2 < run.length() && hex(run.charAt(i + 1)) >= 0 && hex(run.charAt(i + 2)) >= 0) {
                out.write(hex(run.charAt(i + 1)) * 16 + hex(run.charAt(i + 2)));
                i += 2;
                changed = true;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return changed ? out.toString(StandardCharsets.UTF_8) : null;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
