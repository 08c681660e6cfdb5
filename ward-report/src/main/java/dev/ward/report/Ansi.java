package dev.ward.report;

/** The few ANSI SGR styles the terminal report uses. */
enum Ansi {
    NONE(""),
    BOLD("1"),
    DIM("2"),
    RED("31"),
    GREEN("32"),
    YELLOW("33"),
    BLUE("34"),
    CYAN("36"),
    BOLD_RED("1;31"),
    CRITICAL("1;97;41");

    private static final String ESC = "\u001b[";
    private static final String RESET = ESC + "0m";

    private final String code;

    Ansi(String code) {
        this.code = code;
    }

    String apply(String text, boolean colour) {
        if (!colour || this == NONE || text.isEmpty()) {
            return text;
        }
        return ESC + code + "m" + text + RESET;
    }
}
