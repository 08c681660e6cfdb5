package dev.ward.detect;

import dev.ward.detect.hyperscan.MatchEvents;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Byte-level prefilters for the personal-data and transcript detectors. It collects the few places worth a closer
 * look: an {@code @} between address characters, a run of at least eight digits, two capitals and two check digits
 * where an IBAN would start; and, from the transcript words the secret detector's keyword pass reports to it,
 * whether a transcript may be present. The char-based detectors then only ever see these small windows.
 *
 * <p>Digits and {@code @} are found eight bytes at a time (SWAR on longs): a stretch of text is only read byte by byte
 * where two neighbouring 8-byte words hold four digits or more between them, which any run of eight digits with at
 * most two separators between digits forces, or where a word holds an {@code @}.
 */
final class PersonalDataCandidates implements KeywordAutomaton.HitSink {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** How far back from a dense word a digit run may have started. */
    private static final int RUN_BACK = 32;
    /** Words that open a chat transcript: a JSON role key, or an assistant's label (checked to open a line). */
    static final List<String> TRANSCRIPT_WORDS = List.of("\"role\"", "assistant:", "assistant*", "ai:", "ai*",
            "bot:", "bot*", "chatgpt:", "chatgpt*", "claude:", "claude*", "gpt:", "gpt*");

    /** Enough before an {@code @} for a 64-character local part and the character before it. */
    private static final int EMAIL_BEFORE = 70;
    private static final int EMAIL_AFTER = 260;
    /** Enough before a digit run for a phone word ("telephone: ") and an opening sign or parenthesis. */
    private static final int DIGITS_BEFORE = 32;
    private static final int DIGITS_AFTER = 8;
    private static final int MIN_DIGITS = 8;
    private static final int IBAN_AFTER = 48;

    private final ByteText text;
    private final byte[] data;
    private final int end;
    final CandidateWindows email;
    final CandidateWindows digits;
    final CandidateWindows iban;
    boolean transcript;
    private int digitsSeenUntil;
    /** Every byte before this one has been looked at by {@link #bytesFrom}, run reaching into it included. */
    private int lookedAtUntil;

    PersonalDataCandidates(ByteText text) {
        this.text = text;
        this.data = text.data;
        this.end = text.offset + text.length();
        email = new CandidateWindows(text);
        digits = new CandidateWindows(text);
        iban = new CandidateWindows(text);
    }

    /** Collects the digit and {@code @} candidates of the whole text. */
    static PersonalDataCandidates scan(ByteText text) {
        PersonalDataCandidates candidates = new PersonalDataCandidates(text);
        candidates.scanWords();
        return candidates;
    }

    /**
     * Collects the candidates from the matches of a native pass over the same text: an {@code @} between address
     * characters ({@code email}), the end of a run of eight digits ({@code digits}) and two capitals before two
     * digits ({@code iban}), each event id counted from {@code firstId} in that order. The same places are looked at
     * as by the byte scan, except that an IBAN start is looked at even where few digits follow.
     */
    static PersonalDataCandidates fromEvents(ByteText text, MatchEvents events, int firstId) {
        PersonalDataCandidates candidates = new PersonalDataCandidates(text);
        for (int i = 0; i < events.size(); i++) {
            int at = text.offset + events.end(i);
            switch (events.id(i) - firstId) {
                // The match ends two bytes after the @, and six after the IBAN's first check digit.
                case EMAIL_EVENT -> candidates.trigger(at - 2);
                case IBAN_EVENT -> candidates.trigger(at - 6);
                // The match ends one byte after the run, or with the text.
                case DIGITS_EVENT -> candidates.digitsEndingAt(isDigit(candidates.data[at - 1]) ? at : at - 1);
                default -> {
                }
            }
        }
        return candidates;
    }

    static final int EMAIL_EVENT = 0;
    static final int DIGITS_EVENT = 1;
    static final int IBAN_EVENT = 2;
    /**
     * What the native pass looks for on behalf of this class, in event order. A digit run is reported where it ends
     * (not after each of its digits), and an IBAN start only where four more IBAN characters follow, as the shortest
     * IBAN (15 characters) has them: on source code, a quarter of the events they gave before, each a call from
     * native code.
     */
    static final List<String> NATIVE_EXPRESSIONS = List.of(
            "[A-Za-z0-9._%+\\-]@[A-Za-z0-9]",
            "[0-9](?:[ ().+/\\-]{0,2}[0-9]){" + (MIN_DIGITS - 1) + "}(?:[^0-9]|$)",
            "[A-Z]{2}[0-9]{2}[ A-Z0-9][A-Z0-9]{3}");

    /** Reads the digit run that a native match ends in, from its first digit, unless it was read already. */
    private void digitsEndingAt(int end) {
        int start = end - 1;
        if (start < digitsSeenUntil) {
            return;
        }
        while (true) {
            int j = start - 1;
            int separators = 0;
            while (j >= text.offset && separators <= 2 && isSeparator(data[j])) {
                j--;
                separators++;
            }
            if (j < text.offset || separators > 2 || !isDigit(data[j])) {
                break;
            }
            start = j;
        }
        trigger(start);
    }

    private void scanWords() {
        int i = text.offset;
        int previousDigits = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(data, i);
            long d = word ^ (ONES * '0');
            long notDigit = (d | ((d & ~HIGH_BITS) + ONES * 0x76)) & HIGH_BITS;
            int digitsHere = Long.BYTES - Long.bitCount(notDigit);
            if (previousDigits + digitsHere >= 4) {
                bytesFrom(i - Long.BYTES, i + Long.BYTES);
            }
            previousDigits = digitsHere;
            long at = word ^ (ONES * '@');
            if (((at - ONES) & ~at & HIGH_BITS) != 0) {
                for (int k = i; k < i + Long.BYTES; k++) {
                    if (data[k] == '@') {
                        trigger(k);
                    }
                }
            }
        }
        bytesFrom(i, end);
    }

    /**
     * Looks at each digit and {@code @} in {@code [from, to)}, and at a digit run reaching into it from before. Dense
     * stretches call this with overlapping ranges; what an earlier call already looked at (a run reaching into its
     * range included) is not looked at again, since looking at a digit or {@code @} twice adds nothing.
     */
    private void bytesFrom(int from, int to) {
        from = Math.max(from, text.offset);
        int back = from;
        if (from <= lookedAtUntil) {
            from = lookedAtUntil;
            back = from;
        } else {
            while (back > text.offset && from - back < RUN_BACK && isRunByte(data[back - 1])) {
                back--;
            }
        }
        lookedAtUntil = Math.max(lookedAtUntil, to);
        for (int i = back; i < to; i++) {
            byte b = data[i];
            if ((b >= '0' && b <= '9') || (b == '@' && i >= from)) {
                trigger(i);
            }
        }
    }

    private static boolean isRunByte(byte b) {
        return isDigit(b) || isSeparator(b);
    }

    private static boolean isSeparator(byte b) {
        return b == ' ' || b == '-' || b == '.' || b == '(' || b == ')' || b == '/' || b == '+';
    }

    @Override
    public void hit(int keyword, int absoluteEnd) {
        if (!transcript) {
            String word = TRANSCRIPT_WORDS.get(keyword);
            transcript = keyword == 0 || opensLine(absoluteEnd - word.length());
        }
    }

    /** Looks at one digit or {@code @}. */
    private void trigger(int at) {
        if (data[at] == '@') {
            if (at > text.offset && at + 1 < end && isLocalByte(data[at - 1]) && isAlnum(data[at + 1])) {
                int relative = at - text.offset;
                email.add(relative - EMAIL_BEFORE, relative + EMAIL_AFTER);
            }
        } else if (at >= digitsSeenUntil) {
            digitRun(at);
        }
    }

    /** Reads the run of digits and separators that starts at {@code start}, once. */
    private void digitRun(int start) {
        int count = 0;
        int separators = 0;
        int lastDigit = start;
        int i = start;
        while (i < end && separators <= 2) {
            byte b = data[i];
            if (b >= '0' && b <= '9') {
                count++;
                separators = 0;
                lastDigit = i;
            } else if (isSeparator(b)) {
                separators++;
            } else {
                break;
            }
            i++;
        }
        digitsSeenUntil = lastDigit + 1;
        int relative = start - text.offset;
        if (count >= MIN_DIGITS) {
            digits.add(relative - DIGITS_BEFORE, lastDigit + 1 - text.offset + DIGITS_AFTER);
        }
        if (start - 2 >= text.offset && start + 1 < end && isUpper(data[start - 1]) && isUpper(data[start - 2])
                && isDigit(data[start + 1])) {
            iban.add(relative - 6, relative - 2 + IBAN_AFTER);
        }
    }

    /** Whether only blanks and Markdown marks ({@code #*>}) stand between the line start and {@code at}. */
    private boolean opensLine(int at) {
        for (int i = at - 1; i >= text.offset; i--) {
            byte b = data[i];
            if (b == '\n' || b == '\r') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '#' && b != '*' && b != '>') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isUpper(byte b) {
        return b >= 'A' && b <= 'Z';
    }

    private static boolean isAlnum(byte b) {
        return isDigit(b) || isUpper(b) || (b >= 'a' && b <= 'z');
    }

    private static boolean isLocalByte(byte b) {
        return isAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
    }
}
