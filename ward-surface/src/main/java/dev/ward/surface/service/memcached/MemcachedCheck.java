package dev.ward.surface.service.memcached;

import dev.ward.core.Evidence;
import dev.ward.core.Severity;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.ServiceCheck;
import dev.ward.surface.service.WireContext;
import dev.ward.surface.service.WireServiceCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memcached by its text protocol: {@code version} answers {@code VERSION x.y.z}. Memcached has no authentication in the
 * text protocol (only SASL on the binary one, or an ASCII auth file that answers {@code CLIENT_ERROR unauthenticated}),
 * so a reply is open. The blast radius: {@code stats}, {@code stats items}, a bounded {@code stats cachedump} of keys
 * and a {@code get} of a few small items.
 */
public final class MemcachedCheck extends ServiceCheck implements WireServiceCheck {

    private static final Pattern VERSION = Pattern.compile("VERSION (\\d+\\.\\d+[\\w.\\-]*)");
    private static final Pattern ITEM = Pattern.compile("ITEM (\\S{1,250}) \\[(\\d+) b;");
    private static final int MAX_LINE = 4096;
    private static final int SAMPLED_KEYS = 10;

    private final int maxCell;

    public MemcachedCheck(int maxCellBytes) {
        super("memcached", "Memcached", Severity.HIGH, """
                Memcached has no access control in its text protocol: listen only on 127.0.0.1 or a private address \
                (-l 127.0.0.1), disable UDP (-U 0), enable SASL (-S) where clients support it, and firewall TCP/UDP \
                11211. Treat cached values as disclosed.""");
        this.maxCell = Math.max(256, Math.min(maxCellBytes, 16 * 1024));
    }

    @Override
    public boolean recognises(byte[] first) {
        String text = new String(first, 0, Math.min(first.length, 32), StandardCharsets.ISO_8859_1);
        return text.startsWith("ERROR\r\n") || text.startsWith("CLIENT_ERROR ");
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        try (Connection c = context.connect()) {
            WireInput in = new WireInput(c);
            c.write("version\r\n".getBytes(StandardCharsets.US_ASCII));
            String line = in.line(MAX_LINE);
            Evidence shown = Evidence.of("memcached version", "version", line);
            if (line.equals("CLIENT_ERROR unauthenticated")) {
                return Identification.authRequired("memcached", "Memcached asks for authentication (ASCII auth file)").evidence(shown);
            }
            Matcher m = VERSION.matcher(line);
            if (!m.matches()) {
                return null;
            }
            String version = m.group(1);
            survey(c, in, report);
            return Identification.open("memcached", "Memcached " + version + " answered without authentication")
                    .version(version).evidence(shown).with("banner", line);
        }
    }

    private void survey(Connection c, WireInput in, BlastRadiusReport report) throws ProbeException {
        Map<String, String> stats = stats(c, in, "stats");
        report.fact(stats.getOrDefault("curr_items", "?") + " items cached, " + stats.getOrDefault("bytes", "?") + " bytes");
        report.property("items", stats.get("curr_items"));
        report.evidence(Evidence.of("memcached stats", "stats", "curr_items " + stats.get("curr_items") + "\nbytes "
                + stats.get("bytes") + "\nuptime " + stats.get("uptime")));
        List<String> slabs = stats(c, in, "stats items").keySet().stream()
                .map(k -> k.split(":")).filter(p -> p.length == 3 && p[2].equals("number")).map(p -> p[1]).distinct().limit(3).toList();
        List<String> keys = new ArrayList<>();
        for (String slab : slabs) {
            c.write(("stats cachedump " + slab + " " + SAMPLED_KEYS + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (String l = in.line(MAX_LINE); !l.equals("END"); l = in.line(MAX_LINE)) {
                Matcher m = ITEM.matcher(l);
                if (!l.startsWith("ITEM ") && !l.isEmpty()) {
                    break;
                }
                if (m.find() && Long.parseLong(m.group(2)) <= maxCell && keys.size() < SAMPLED_KEYS) {
                    keys.add(m.group(1));
                }
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        c.allow(2L * SAMPLED_KEYS * maxCell + 64 * 1024);
        c.write(("get " + String.join(" ", keys) + "\r\n").getBytes(StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>(keys);
        for (String l = in.line(MAX_LINE); l.startsWith("VALUE "); l = in.line(MAX_LINE)) {
            String[] parts = l.split(" ");
            int bytes = parts.length >= 4 && parts[3].matches("\\d{1,9}") ? Integer.parseInt(parts[3]) : -1;
            if (bytes < 0 || bytes > maxCell) {
                break;
            }
            texts.add(new String(in.bytes(bytes), StandardCharsets.UTF_8));
            in.line(2);
        }
        report.scanSample("memcached sample of " + keys.size() + " keys", "stats cachedump <slab> " + SAMPLED_KEYS
                + "; get <keys>", texts);
    }

    private static Map<String, String> stats(Connection c, WireInput in, String command) throws ProbeException {
        c.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            String l = in.line(MAX_LINE);
            if (l.equals("END") || l.startsWith("ERROR") || l.startsWith("CLIENT_ERROR")) {
                return out;
            }
            String[] parts = l.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("STAT")) {
                out.put(parts[1], parts[2]);
            }
        }
        return out;
    }
}
