package dev.ward.detect;

/** The plural of a detection label's last word, for counts in summaries: "API key" → "API keys". */
final class EnglishPlural {

    private EnglishPlural() {
    }

    static String of(String label, long count) {
        if (count == 1 || label.isEmpty()) {
            return label;
        }
        char last = label.charAt(label.length() - 1);
        if (Character.isUpperCase(last) && label.length() > 1 && Character.isUpperCase(label.charAt(label.length() - 2))) {
            return label + "s"; // acronyms: IBANs, JWTs
        }
        if (label.endsWith("s") || label.endsWith("x") || label.endsWith("sh") || label.endsWith("ch")) {
            return label + "es";
        }
        if (last == 'y' && label.length() > 1 && "aeiou".indexOf(label.charAt(label.length() - 2)) < 0) {
            return label.substring(0, label.length() - 1) + "ies";
        }
        return label + "s";
    }
}
