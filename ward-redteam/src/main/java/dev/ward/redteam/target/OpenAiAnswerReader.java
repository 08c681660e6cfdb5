package dev.ward.redteam.target;

/**
 * Reads the usual OpenAI chat answer straight from its bytes: a strict JSON reader that knows only what it needs, and
 * gives up (null) on anything it does not handle exactly as Jackson's tree model would, which then reads the answer.
 * It accepts a subset of what Jackson accepts: plain JSON whitespace, well-formed UTF-8 only, JSON's number grammar,
 * bounded depth and size, and no repeated field among those it reads. Not thread-safe; one instance per answer.
 */
final class OpenAiAnswerReader {

    private static final int MAX_BYTES = 4 << 20;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_NUMBER_LENGTH = 100;

    /** Thrown to give up on an answer; carries no stack trace, it is an expected outcome. */
    private static final class Unusual extends Exception {
        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    private final byte[] b;
    private int i;
    private final StringBuilder chars = new StringBuilder(64);

    private OpenAiAnswerReader(byte[] body) {
        this.b = body;
    }

    /** The answer when it has the usual shape; null otherwise. */
    static OpenAiWire.Answer read(byte[] body) {
        if (body.length > MAX_BYTES) {
            return null;
        }
        try {
            return new OpenAiAnswerReader(body).answer();
        } catch (Unusual unusual) {
            return null;
        }
    }

    private OpenAiWire.Answer answer() throws Unusual {
        expect('{');
        OpenAiWire.Answer choice = null;
        boolean usageSeen = false;
        Integer prompt = null;
        Integer completion = null;
        if (!closes('}')) {
            do {
                String name = name();
                if (name.equals("choices")) {
                    if (choice != null) {
                        throw UNUSUAL;
                    }
                    expect('[');
                    choice = firstChoice();
                    while (next(']')) {
                        skipValue(1);
                    }
                } else if (name.equals("usage")) {
                    if (usageSeen) {
                        throw UNUSUAL;
                    }
                    usageSeen = true;
                    expect('{');
                    if (!closes('}')) {
                        do {
                            String field = name();
                            if (field.equals("prompt_tokens")) {
                                if (prompt != null) {
                                    throw UNUSUAL;
                                }
                                prompt = intValue();
                            } else if (field.equals("completion_tokens")) {
                                if (completion != null) {
                                    throw UNUSUAL;
                                }
                                completion = intValue();
                            } else {
                                skipValue(2);
                            }
                        } while (next('}'));
                    }
                } else {
                    skipValue(1);
                }
            } while (next('}'));
        }
        if (choice == null) {
            throw UNUSUAL;
        }
        return new OpenAiWire.Answer(choice.text(), choice.finishReason(), prompt, completion);
    }

    /** The first element of the choices array, which must be an object. */
    private OpenAiWire.Answer firstChoice() throws Unusual {
        expect('{');
        String finish = null;
        String text = null;
        boolean messageSeen = false;
        if (!closes('}')) {
            do {
                String name = name();
                if (name.equals("finish_reason")) {
                    if (finish != null) {
                        throw UNUSUAL;
                    }
                    finish = stringValue();
                } else if (name.equals("message")) {
                    if (messageSeen) {
                        throw UNUSUAL;
                    }
                    messageSeen = true;
                    expect('{');
                    if (!closes('}')) {
                        do {
                            String field = name();
                            if (field.equals("content")) {
                                if (text != null) {
                                    throw UNUSUAL;
                                }
                                text = stringValue();
                            } else {
                                skipValue(4);
                            }
                        } while (next('}'));
                    }
                } else {
                    skipValue(3);
                }
            } while (next('}'));
        }
        return new OpenAiWire.Answer(text == null ? "" : text, finish == null ? "" : finish, null, null);
    }

    // ---- tokens

    private void whitespace() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
    }

    private void expect(char c) throws Unusual {
        whitespace();
        if (i >= b.length || b[i] != c) {
            throw UNUSUAL;
        }
        i++;
    }

    /** After {@code [} or <code>{</code>: whether the container is empty (and then consumes its end). */
    private boolean closes(char end) throws Unusual {
        whitespace();
        if (i >= b.length) {
            throw UNUSUAL;
        }
        if (b[i] == end) {
            i++;
            return true;
        }
        return false;
    }

    /** After a member or element: true for a comma (another follows), false for the container's end. */
    private boolean next(char end) throws Unusual {
        whitespace();
        if (i < b.length && b[i] == ',') {
            i++;
            return true;
        }
        expect(end);
        return false;
    }

    private String name() throws Unusual {
        whitespace();
        String name = string();
        expect(':');
        return name;
    }

    private String stringValue() throws Unusual {
        whitespace();
        return string();
    }

    private int intValue() throws Unusual {
        whitespace();
        int start = i;
        boolean integral = number();
        int length = i - start;
        if (!integral || length > 11) {
            throw UNUSUAL;
        }
        long value = Long.parseLong(new String(b, start, length, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw UNUSUAL;
        }
        return (int) value;
    }

    /** Passes over one value of any kind, checking it as strictly as when it is read. */
    private void skipValue(int depth) throws Unusual {
        if (depth > MAX_DEPTH) {
            throw UNUSUAL;
        }
        whitespace();
        if (i >= b.length) {
            throw UNUSUAL;
        }
        switch (b[i]) {
            case '{' -> {
                i++;
                if (!closes('}')) {
                    do {
                        name();
                        skipValue(depth + 1);
                    } while (next('}'));
                }
            }
            case '[' -> {
                i++;
                if (!closes(']')) {
                    do {
                        skipValue(depth + 1);
                    } while (next(']'));
                }
            }
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void literal(String word) throws Unusual {
        for (int k = 0; k < word.length(); k++) {
            if (i >= b.length || b[i] != word.charAt(k)) {
                throw UNUSUAL;
            }
            i++;
        }
        delimited();
    }

    /** A value must be followed by whitespace, a comma, a container's end or the end of the body. */
    private void delimited() throws Unusual {
        if (i < b.length) {
            byte c = b[i];
            if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '}' || c == ']')) {
                throw UNUSUAL;
            }
        }
    }

    /** JSON's number grammar; true when it has neither fraction nor exponent. */
    private boolean number() throws Unusual {
        int start = i;
        if (i < b.length && b[i] == '-') {
            i++;
        }
        if (i >= b.length) {
            throw UNUSUAL;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            digits();
        } else {
            throw UNUSUAL;
        }
        boolean integral = true;
        if (i < b.length && b[i] == '.') {
            i++;
            integral = false;
            if (i >= b.length || b[i] < '0' || b[i] > '9') {
                throw UNUSUAL;
            }
            digits();
        }
        if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            integral = false;
            if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= b.length || b[i] < '0' || b[i] > '9') {
                throw UNUSUAL;
            }
            digits();
        }
        if (i - start > MAX_NUMBER_LENGTH) {
            throw UNUSUAL;
        }
        delimited();
        return integral;
    }

    private void digits() {
        while (i < b.length && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
    }

    /** A string at the cursor, decoded; only well-formed UTF-8 and JSON's escapes. */
    private String string() throws Unusual {
        if (i >= b.length || b[i] != '"') {
            throw UNUSUAL;
        }
        i++;
        int start = i;
        while (i < b.length && b[i] >= 0x20 && b[i] != '"' && b[i] != '\\') {
            i++; // plain ASCII, the common case
        }
        if (i < b.length && b[i] == '"') {
            i++;
            return new String(b, start, i - 1 - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        chars.setLength(0);
        for (int k = start; k < i; k++) {
            chars.append((char) b[k]);
        }
        while (true) {
            if (i >= b.length) {
                throw UNUSUAL;
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                i++;
                return chars.toString();
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw UNUSUAL;
            } else if (c < 0x80) {
                chars.append((char) c);
                i++;
            } else {
                utf8(c);
            }
        }
    }

    private void escape() throws Unusual {
        if (i + 1 >= b.length) {
            throw UNUSUAL;
        }
        byte e = b[i + 1];
        i += 2;
        switch (e) {
            case '"' -> chars.append('"');
            case '\\' -> chars.append('\\');
            case '/' -> chars.append('/');
            case 'b' -> chars.append('\b');
            case 'f' -> chars.append('\f');
            case 'n' -> chars.append('\n');
            case 'r' -> chars.append('\r');
            case 't' -> chars.append('\t');
            case 'u' -> {
                if (i + 4 > b.length) {
                    throw UNUSUAL;
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int digit = Character.digit(b[i + k], 16);
                    if (digit < 0) {
                        throw UNUSUAL;
                    }
                    value = value << 4 | digit;
                }
                i += 4;
                if (Character.isSurrogate((char) value)) {
                    throw UNUSUAL; // Jackson's pairing rules for escaped surrogates are not worth copying
                }
                chars.append((char) value);
            }
            default -> throw UNUSUAL;
        }
    }

    /** One well-formed UTF-8 sequence starting with {@code lead}: no overlong forms, no surrogates, nothing past U+10FFFF. */
    private void utf8(int lead) throws Unusual {
        int count;
        int min;
        int value;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            min = 0x80;
            value = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            min = 0x800;
            value = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            min = 0x10000;
            value = lead & 0x07;
        } else {
            throw UNUSUAL;
        }
        if (i + count >= b.length) {
            throw UNUSUAL;
        }
        for (int k = 1; k <= count; k++) {
            int next = b[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw UNUSUAL;
            }
            value = value << 6 | (next & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            throw UNUSUAL;
        }
        i += count + 1;
        chars.appendCodePoint(value);
    }
}
