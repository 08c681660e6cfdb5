package dev.ward.detect;

/** Shannon entropy of a string's characters, the usual measure of how random a candidate secret looks. */
final class ShannonEntropy {

    private ShannonEntropy() {
    }

    static double bitsPerChar(CharSequence text) {
        int n = text.length();
        if (n == 0) {
            return 0;
        }
        int[] ascii = new int[128];
        java.util.Map<Character, Integer> other = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                ascii[c]++;
            } else {
                if (other == null) {
                    other = new java.util.HashMap<>();
                }
                other.merge(c, 1, Integer::sum);
            }
        }
        double bits = 0;
        for (int count : ascii) {
            bits += term(count, n);
        }
        if (other != null) {
            for (int count : other.values()) {
                bits += term(count, n);
            }
        }
        return bits;
    }

    private static double term(int count, int n) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / n;
        return -p * (Math.log(p) / Math.log(2));
    }
}
