package dev.ward.surface;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered, duplicate-free list of TCP ports, parsed from a spec such as {@code 8123,9000,9100-9110}; the words
 * {@code ai} and {@code clickhouse} stand for {@link #aiDefaults()} and {@link #clickhouseDefaults()}.
 */
public record PortList(List<Integer> ports) {

    /** The most ports one spec may name; a full 1-65535 range is allowed. */
    private static final int MAX_PORT = 65_535;

    public PortList {
        if (ports == null || ports.isEmpty()) {
            throw new IllegalArgumentException("port list is empty");
        }
        ports = List.copyOf(ports);
    }

    /** ClickHouse's usual ports: HTTP, native, HTTPS, native TLS, MySQL and PostgreSQL wire, interserver HTTP. */
    public static PortList clickhouseDefaults() {
        return new PortList(List.of(8123, 9000, 8443, 9440, 9004, 9005, 9009));
    }

    /**
     * The usual ports of the AI infrastructure Ward identifies, so a sweep with no {@code --ports} finds them where
     * they are normally deployed. Services are still identified by protocol: a port here is a place to look, not a
     * verdict. Sorted, duplicates removed (several products share 8000, 8080, 3000, 7860, 9000 and 5000).
     */
    public static PortList aiDefaults() {
        return new PortList(AiServicePorts.ALL);
    }

    public static PortList parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("port list is empty; expected for example 8123,9000,9100-9110");
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (String raw : spec.split(",", -1)) {
            String token = raw.trim();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("empty entry in port list '" + spec + "'");
            }
            if (token.equals("ai") || token.equals("clickhouse")) {
                out.addAll((token.equals("ai") ? aiDefaults() : clickhouseDefaults()).ports());
                continue;
            }
            int dash = token.indexOf('-');
            if (dash < 0) {
                out.add(port(token, token));
                continue;
            }
            int from = port(token.substring(0, dash).trim(), token);
            int to = port(token.substring(dash + 1).trim(), token);
            if (from > to) {
                throw new IllegalArgumentException("port range '" + token + "' is reversed; write " + to + "-" + from);
            }
            for (int p = from; p <= to; p++) {
                out.add(p);
            }
        }
        return new PortList(new ArrayList<>(out));
    }

    public int size() {
        return ports.size();
    }

    private static int port(String text, String token) {
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + token + "' is not a port or port range; expected for example 9000 or 9100-9110");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("port " + port + " in '" + token + "' is out of range 1-65535");
        }
        return port;
    }
}
