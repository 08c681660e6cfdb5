package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds IBANs, compact ({@code DE89370400440532013000}) or printed in groups of four, whose length fits the country
 * and whose ISO 13616 mod-97 checksum holds.
 */
public final class IbanDetector implements Detector {

    public static final String RULE_ID = "iban";
    private static final Map<String, Integer> LENGTH_BY_COUNTRY = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22),
            Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
            Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24),
            Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
            Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public int priority(Detection detection) {
        return 40;
    }

    @Override
    public List<Detection> detect(CharSequence text) {
        List<Detection> found = new ArrayList<>();
        int n = text.length();
        char[] iban = new char[34];
        for (int i = 0; i + 4 < n; i++) {
            if (!isUpper(text.charAt(i)) || !isUpper(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))
                    || !isDigit(text.charAt(i + 3)) || (i > 0 && isAlnum(text.charAt(i - 1)))) {
                continue;
            }
            Integer length = LENGTH_BY_COUNTRY.get(text.subSequence(i, i + 2).toString());
            if (length == null) {
                continue;
            }
            int end = collect(text, i, length, iban);
            if (end > 0 && mod97(iban, length) == 1) {
                found.add(new Detection(RULE_ID, Category.PII, "IBAN", "", i, end, text.subSequence(i, end).toString()));
                i = end - 1;
            }
        }
        return found;
    }

    /** Reads {@code length} IBAN characters at {@code start}, allowing one space after each group of four. */
    private static int collect(CharSequence text, int start, int length, char[] into) {
        int n = text.length();
        int count = 0;
        int i = start;
        while (i < n && count < length) {
            char c = text.charAt(i);
            if (isUpper(c) || isDigit(c)) {
                into[count++] = c;
                i++;
            } else if (c == ' ' && count % 4 == 0 && i + 1 < n && isAlnum(text.charAt(i + 1))) {
                i++;
            } else {
                return -1;
            }
        }
        if (count < length || (i < n && isAlnum(text.charAt(i)))) {
            return -1;
        }
        return i;
    }

    /** The IBAN's remainder mod 97 with the first four characters moved to the end; 1 for a valid IBAN. */
    static int mod97(char[] iban, int length) {
        int remainder = 0;
        for (int k = 0; k < length; k++) {
            char c = iban[(k + 4) % length];
            int value = isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Runs only in windows around {@code a country code and check digits} found by a byte-level prefilter. */
    @Override
    public List<Detection> detect(byte[] data, int offset, int length) {
        return PersonalDataCandidates.scan(new ByteText(data, offset, length)).iban.detect(this);
    }
}
