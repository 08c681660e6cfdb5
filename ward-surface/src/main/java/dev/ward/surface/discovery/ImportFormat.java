package dev.ward.surface.discovery;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The discovery outputs Ward imports, and how to tell them apart from their first lines. */
public enum ImportFormat {
    /** {@code masscan -oL}: {@code open tcp 9000 10.0.0.5 1700000000}. */
    MASSCAN_LIST("masscan-list"),
    /** {@code masscan -oJ}: a JSON array, one host object a line, each with a {@code ports} array. */
    MASSCAN_JSON("masscan-json"),
    /** {@code nmap -oG} and {@code masscan -oG}: {@code Host: 10.0.0.5 ()  Ports: 9000/open/tcp//...}. */
    GREPABLE("grepable"),
    /** {@code nmap -oX} and {@code masscan -oX}: nmaprun XML. */
    NMAP_XML("xml"),
    /** naabu's default output: {@code host:port} a line. */
    NAABU("naabu"),
    /** {@code naabu -json}: JSON lines with {@code host}, {@code ip} and {@code port}. */
    NAABU_JSON("naabu-json");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labels() {
        return Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", "));
    }

    public static ImportFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.label.equals(t)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown --import-format '" + text + "'; expected one of " + labels());
    }

    /** The format of a file that starts with {@code head}, or null when it is none Ward knows. */
    static ImportFormat sniff(String head) {
        String text = head.strip();
        if (text.startsWith("<?xml") || text.contains("<nmaprun")) {
            return NMAP_XML;
        }
        if (text.startsWith("#masscan") || text.matches("(?s)(open|closed) (tcp|udp|sctp) \\d+ .*")) {
            return MASSCAN_LIST;
        }
        if (text.startsWith("# Nmap") || text.startsWith("# Masscan") || text.matches("(?s).*Host: \\S+ \\(.*")) {
            return GREPABLE;
        }
        if (text.startsWith("[")) {
            return MASSCAN_JSON;
        }
        if (text.startsWith("{")) {
            String firstLine = text.lines().findFirst().orElse("");
            return firstLine.contains("\"ports\"") ? MASSCAN_JSON : NAABU_JSON;
        }
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (firstLine.matches("(\\[[0-9A-Fa-f:.]+\\]|[^\\s:\\[\\]]+):\\d{1,5}")) {
            return NAABU;
        }
        return null;
    }
}
