package dev.ward.surface.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the open TCP ports a discovery tool found (masscan, nmap, naabu), so its SYN-speed sweep can feed Ward's
 * verification. Closed and filtered ports, UDP and SCTP are skipped; only open TCP ports become endpoints. A line
 * that does not fit its format fails the import with the file, the line number and what was expected.
 */
public final class DiscoveryImport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIFF_BYTES = 4096;

    private DiscoveryImport() {
    }

    /** The open endpoints in {@code file}; {@code format} null means tell it from the file's first lines. */
    public static List<Endpoint> read(Path file, ImportFormat format) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("import file " + file + " does not exist or is not a file");
        }
        ImportFormat chosen = format == null ? sniff(file) : format;
        Set<Endpoint> out = new LinkedHashSet<>();
        try {
            if (chosen == ImportFormat.NMAP_XML) {
                try (InputStream in = Files.newInputStream(file)) {
                    NmapXmlImport.read(in, file.toString(), out);
                }
            } else {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    readLines(lines, chosen, file.toString(), out);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read import file " + file + ": " + e.getMessage());
        }
        return List.copyOf(out);
    }

    private static ImportFormat sniff(Path file) {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read import file " + file + ": " + e.getMessage());
        }
        ImportFormat format = ImportFormat.sniff(new String(head, 0, n, StandardCharsets.UTF_8));
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of import file " + file + "; give --import-format ("
                    + ImportFormat.labels() + ")");
        }
        return format;
    }

    private static void readLines(Reader reader, ImportFormat format, String name, Set<Endpoint> out) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            try {
                switch (format) {
                    case MASSCAN_LIST -> masscanList(text, out);
                    case MASSCAN_JSON -> masscanJson(text, out);
                    case GREPABLE -> grepable(text, out);
                    case NAABU -> naabu(text, out);
                    case NAABU_JSON -> naabuJson(text, out);
                    case NMAP_XML -> throw new IllegalStateException("XML is not read by lines");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage() + " (" + format.label() + " format)");
            }
        }
    }

    /** {@code open tcp 9000 10.0.0.5 1700000000}. */
    private static void masscanList(String line, Set<Endpoint> out) {
        String[] f = line.split("\\s+");
        if (f.length < 4 || !(f[0].equals("open") || f[0].equals("closed"))) {
            throw new IllegalArgumentException("expected 'open tcp PORT ADDRESS TIMESTAMP', got '" + cut(line) + "'");
        }
        if (f[0].equals("open") && f[1].equals("tcp")) {
            out.add(endpoint(null, f[3], port(f[2])));
        }
    }

    /** One host object a line, in an array: {@code {"ip": "10.0.0.5", "ports": [{"port": 9000, "proto": "tcp", "status": "open"}]}}. */
    private static void masscanJson(String line, Set<Endpoint> out) {
        if (line.equals("[") || line.equals("]") || line.equals(",")) {
            return;
        }
        String object = line.startsWith(",") ? line.substring(1).strip() : line;
        object = object.endsWith(",") ? object.substring(0, object.length() - 1) : object;
        JsonNode host = json(object);
        JsonNode ports = host.path("ports");
        if (!host.path("ip").isTextual() || !ports.isArray()) {
            throw new IllegalArgumentException("expected a host object with \"ip\" and \"ports\", got '" + cut(line) + "'");
        }
        for (JsonNode port : ports) {
            // Banner records ("service") carry no status; they repeat a port already reported open.
            if (port.path("status").asText().equals("open") && port.path("proto").asText("tcp").equals("tcp")) {
                out.add(endpoint(null, host.path("ip").asText(), port(port.path("port").asText())));
            }
        }
    }

    /** {@code Host: 10.0.0.5 (name)\tPorts: 9000/open/tcp//cslistener///, 22/closed/tcp//ssh///}. */
    private static void grepable(String line, Set<Endpoint> out) {
        int hostAt = line.indexOf("Host: ");
        if (hostAt < 0) {
            throw new IllegalArgumentException("expected 'Host: ADDRESS (NAME)', got '" + cut(line) + "'");
        }
        String[] hostFields = line.substring(hostAt + 6).split("[\\s]+", 3);
        String address = hostFields[0];
        String name = hostFields.length > 1 && hostFields[1].startsWith("(") && hostFields[1].endsWith(")")
                ? hostFields[1].substring(1, hostFields[1].length() - 1) : null;
        int portsAt = line.indexOf("Ports: ");
        if (portsAt < 0) {
            return; // a "Status: Up" line
        }
        String ports = line.substring(portsAt + 7);
        int tab = ports.indexOf('\t');
        for (String entry : (tab < 0 ? ports : ports.substring(0, tab)).split(",")) {
            String[] f = entry.strip().split("/", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException("expected PORT/STATE/PROTOCOL/..., got '" + cut(entry) + "'");
            }
            if (f[1].equals("open") && f[2].equals("tcp")) {
                out.add(endpoint(name, address, port(f[0])));
            }
        }
    }

    /** {@code host:port}, as Ward's own targets are written (a host name resolves). */
    private static void naabu(String line, Set<Endpoint> out) {
        if (!line.matches("(\\[[0-9A-Fa-f:.]+\\]|[^\\s:\\[\\]]+):\\d{1,5}")) {
            throw new IllegalArgumentException("expected HOST:PORT, got '" + cut(line) + "'");
        }
        out.addAll(TargetParser.parse(List.of(line), PortList.clickhouseDefaults()));
    }

    /** {@code {"host":"db.example","ip":"10.0.0.5","port":9000,"protocol":"tcp"}}; newer naabu nests the port. */
    private static void naabuJson(String line, Set<Endpoint> out) {
        JsonNode record = json(line);
        JsonNode port = record.path("port");
        if (port.isObject()) {
            port = port.has("Port") ? port.path("Port") : port.path("port");
        }
        String ip = record.path("ip").asText(record.path("host").asText(""));
        if (ip.isEmpty() || port.isMissingNode()) {
            throw new IllegalArgumentException("expected a JSON object with \"ip\" and \"port\", got '" + cut(line) + "'");
        }
        if (!record.path("protocol").asText("tcp").toLowerCase(Locale.ROOT).equals("tcp")) {
            return;
        }
        String host = record.path("host").asText("");
        out.add(endpoint(host.isEmpty() || host.equals(ip) ? null : host, ip, port(port.asText())));
    }

    /** An endpoint from an address literal, named by {@code name} when the tool reported one (never looked up). */
    static Endpoint endpoint(String name, String address, int port) {
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cut(address) + "' is not an IP address");
        }
        boolean named = name != null && !name.isBlank() && !name.equals(address);
        return new Endpoint(named ? name : parsed.getHostAddress(), parsed, port);
    }

    static int port(String text) {
        if (text == null || !text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65_535) {
            throw new IllegalArgumentException("'" + cut(String.valueOf(text)) + "' is not a port 1-65535");
        }
        return Integer.parseInt(text);
    }

    private static JsonNode json(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("expected a JSON object, got '" + cut(text) + "'");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: '" + cut(text) + "'");
        }
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
