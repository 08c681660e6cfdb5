package dev.ward.models.pickle;

import dev.ward.models.pickle.PickleValue.Text;

/** Decoding of protocol-0 text arguments: quoted STRING reprs and raw-unicode-escape UNICODE lines. */
final class PythonLiterals {

    private PythonLiterals() {
    }

    /** {@code 'os'} or {@code "os"} as written by protocol 0's STRING opcode, with backslash escapes undone. */
    static Text quotedString(byte[] line) {
        String raw = PickleDisassembler.ascii(line);
        if (raw.length() >= 2 && (raw.charAt(0) == '\'' || raw.charAt(0) == '"') && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
            raw = raw.substring(1, raw.length() - 1);
        }
        return bounded(unescape(raw, false));
    }

    /** UNICODE lines: bytes are Latin-1 except {@code \\uXXXX} and {@code \\UXXXXXXXX} escapes. */
    static Text rawUnicodeEscape(byte[] line) {
        return bounded(unescape(PickleDisassembler.ascii(line), true));
    }

    private static Text bounded(String text) {
        return text.length() > PickleReader.PREVIEW
                ? new Text(text.substring(0, PickleReader.PREVIEW), true) : new Text(text, false);
    }

    private static String unescape(String s, boolean unicodeOnly) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(i + 1);
            int hexDigits = e == 'u' ? 4 : e == 'U' ? 8 : e == 'x' && !unicodeOnly ? 2 : 0;
            if (hexDigits > 0 && i + 2 + hexDigits <= s.length()) {
                try {
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + hexDigits), 16));
                    i += 1 + hexDigits;
                    continue;
                } catch (IllegalArgumentException ignored) {
                    // not an escape after all: keep the backslash literally
                }
            }
            if (!unicodeOnly && "\\'\"ntr".indexOf(e) >= 0) {
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
