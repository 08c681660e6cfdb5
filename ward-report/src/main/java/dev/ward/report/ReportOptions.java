package dev.ward.report;

/**
 * How a report should be rendered, beyond its format.
 *
 * @param colour whether the terminal report may use ANSI colour; only the terminal format looks at it
 */
public record ReportOptions(boolean colour) {

    public static final ReportOptions PLAIN = new ReportOptions(false);

    /**
     * Colour exactly when the output is a terminal and the user has not asked for none through
     * <a href="https://no-color.org">NO_COLOR</a> (set to any non-empty value).
     *
     * @param outputIsTerminal for example {@code System.console() != null && System.console().isTerminal()}
     * @param noColorVariable  the value of {@code NO_COLOR}, or null when it is not set
     */
    public static ReportOptions forConsole(boolean outputIsTerminal, String noColorVariable) {
        return new ReportOptions(outputIsTerminal && (noColorVariable == null || noColorVariable.isEmpty()));
    }
}
