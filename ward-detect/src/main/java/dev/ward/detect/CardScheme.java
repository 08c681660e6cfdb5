package dev.ward.detect;

/** Card schemes by issuer identification number (IIN) prefix and the lengths they issue. */
final class CardScheme {

    private CardScheme() {
    }

    /** The scheme's name, or null when no known scheme issues numbers with this prefix and length. */
    static String brandOf(int[] d, int length) {
        int two = d[0] * 10 + d[1];
        int three = two * 10 + d[2];
        int four = three * 10 + d[3];
        int six = four * 100 + d[4] * 10 + d[5];
        if (d[0] == 4 && (length == 13 || length == 16 || length == 19)) {
            return "Visa";
        }
        if (((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) && length == 16) {
            return "Mastercard";
        }
        if ((two == 34 || two == 37) && length == 15) {
            return "American Express";
        }
        if ((four == 6011 || two == 65 || (three >= 644 && three <= 649) || (six >= 622126 && six <= 622925))
                && length >= 16 && length <= 19) {
            return "Discover";
        }
        if (two == 62 && length >= 16 && length <= 19) {
            return "UnionPay";
        }
        if (four >= 3528 && four <= 3589 && length >= 16 && length <= 19) {
            return "JCB";
        }
        if (((three >= 300 && three <= 305) || two == 36 || two == 38 || two == 39) && length >= 14 && length <= 19) {
            return "Diners Club";
        }
        return null;
    }
}
