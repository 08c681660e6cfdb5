package dev.ward.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The output formats Ward can write, each mapped to the writer that produces it. */
public enum ReportFormat {
    TERMINAL("terminal", "txt", TerminalWriter::new),
    JSON("json", "json", options -> new JsonReportWriter()),
    SARIF("sarif", "sarif", options -> new SarifWriter()),
    HTML("html", "html", options -> new HtmlWriter());

    private final String id;
    private final String fileExtension;
    private final Function<ReportOptions, ReportWriter> factory;

    ReportFormat(String id, String fileExtension, Function<ReportOptions, ReportWriter> factory) {
        this.id = id;
        this.fileExtension = fileExtension;
        this.factory = factory;
    }

    /** The name users type, for example {@code sarif}. */
    public String id() {
        return id;
    }

    /** The usual file name extension, without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    public ReportWriter writer(ReportOptions options) {
        return factory.apply(options == null ? ReportOptions.PLAIN : options);
    }

    public ReportWriter writer() {
        return writer(ReportOptions.PLAIN);
    }

    /** Every format name, in a stable order: {@code terminal, json, sarif, html}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }

    /** The format with this name, ignoring case and surrounding space. */
    public static ReportFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        String given = name == null || name.isBlank() ? "report format is empty" : "unknown report format '" + name + "'";
        throw new IllegalArgumentException(given + "; expected one of " + String.join(", ", names()));
    }
}
