package dev.ward.surface.service.redis;

import dev.ward.core.CheckInfo;
import dev.ward.core.Evidence;
import dev.ward.core.Severity;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;
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

/**
 * Redis (and Valkey) by {@code INFO server} in RESP: an INFO bulk string with {@code redis_version:} is an open
 * server; {@code -NOAUTH} asks for a password. The blast radius comes from {@code INFO keyspace}, one bounded
 * {@code SCAN} page (never {@code KEYS *}) and bounded reads of a few sampled keys ({@code GETRANGE}, {@code LRANGE},
 * {@code HSCAN} …).
 */
public final class RedisCheck extends ServiceCheck implements WireServiceCheck {

    static final CheckInfo CONFIG_WRITE = remoteCodeExecution("redis.config-write",
            "Redis lets anyone rewrite its configuration (CONFIG SET dir/dbfilename, MODULE LOAD)",
            "Anyone who can reach this port can point Redis's dump file at a cron or SSH directory, or load a module, "
                    + "and so run code. Set a password (requirepass or ACL), rename or disable CONFIG and MODULE "
                    + "(rename-command / ACL -@dangerous), keep enable-protected-configs and enable-module-command at "
                    + "'no' (the Redis 7 default), and bind to a private address.");
    private static final int SAMPLED_KEYS = 10;
    private static final int SCAN_COUNT = 100;

    private final int maxCell;

    public RedisCheck(int maxCellBytes) {
        super("redis", "Redis", Severity.HIGH, """
                Require authentication and stop exposing the port: set requirepass (or ACL users with passwords), \
                bind 127.0.0.1 or a private address, keep protected-mode yes, and firewall TCP 6379. Treat the keys \
                as disclosed: rotate any token or key stored in them.""");
        this.maxCell = Math.max(1024, Math.min(maxCellBytes, 64 * 1024));
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(CONFIG_WRITE);
    }

    @Override
    public boolean recognises(byte[] first) {
        String text = new String(first, 0, Math.min(first.length, 16), StandardCharsets.ISO_8859_1);
        return text.startsWith("-ERR ") || text.startsWith("-NOAUTH") || text.startsWith("-DENIED")
                || text.startsWith("-WRONGPASS");
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        try (Connection c = context.connect()) {
            Resp resp = new Resp(c, maxCell);
            Resp.Reply info = resp.command("INFO", "server");
            Evidence shown = Evidence.of("Redis INFO server", "INFO server", summary(info));
            if (info instanceof Resp.Error e) {
                return switch (e.code()) {
                    case "NOAUTH", "WRONGPASS" -> Identification.authRequired("resp", "Redis asks for a password (" + e.text() + ")")
                            .evidence(shown);
                    case "DENIED" -> Identification.authRequired("resp", "Redis refuses outside clients in protected mode")
                            .evidence(shown);
                    default -> null;
                };
            }
            Map<String, String> fields = infoFields(Resp.text(info));
            String version = fields.getOrDefault("redis_version", fields.getOrDefault("valkey_version", ""));
            if (version.isEmpty()) {
                return null;
            }
            String product = fields.containsKey("valkey_version") ? "Valkey" : "Redis";
            Identification id = Identification.open("resp", product + " " + version + " answered INFO without a password")
                    .version(version).evidence(shown)
                    .with("banner", product + " " + version + " " + fields.getOrDefault("redis_mode", ""))
                    .with("os", fields.get("os"));
            survey(resp, version, report);
            return id;
        }
    }

    private static String summary(Resp.Reply reply) {
        if (reply instanceof Resp.Error e) {
            return "-" + e.text();
        }
        String text = Resp.text(reply);
        return text.lines().filter(l -> l.startsWith("redis_version") || l.startsWith("redis_mode") || l.startsWith("os:")
                || l.startsWith("valkey_version") || l.startsWith("tcp_port")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static Map<String, String> infoFields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        text.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
            int colon = l.indexOf(':');
            if (colon > 0) {
                fields.put(l.substring(0, colon), l.substring(colon + 1).strip());
            }
        });
        return fields;
    }

    private void survey(Resp resp, String version, BlastRadiusReport report) throws ProbeException {
        Map<String, String> keyspace = infoFields(Resp.text(resp.command("INFO", "keyspace")));
        long keys = 0;
        for (String value : keyspace.values()) {
            for (String part : value.split(",")) {
                if (part.startsWith("keys=") && part.substring(5).matches("\\d{1,18}")) {
                    keys += Long.parseLong(part.substring(5));
                }
            }
        }
        report.fact(keys + " key" + (keys == 1 ? "" : "s") + " in " + keyspace.size() + " database"
                + (keyspace.size() == 1 ? "" : "s") + (keyspace.isEmpty() ? "" : " (" + String.join(", ", keyspace.keySet()) + ")"));
        report.property("keys", keys);
        report.evidence(Evidence.of("Redis INFO keyspace", "INFO keyspace", keyspace.toString()));
        String firstDb = keyspace.keySet().stream().filter(k -> k.matches("db\\d{1,5}")).findFirst().orElse("db0");
        if (!firstDb.equals("db0")) {
            resp.command("SELECT", firstDb.substring(2));
        }
        Resp.Reply scan = resp.command("SCAN", "0", "COUNT", String.valueOf(SCAN_COUNT));
        List<String> sampledKeys = scan instanceof Resp.Array a && a.items().size() == 2
                ? Resp.strings(a.items().get(1)).stream().limit(SAMPLED_KEYS).toList() : List.of();
        List<String> texts = new ArrayList<>();
        for (String key : sampledKeys) {
            texts.add(key);
            texts.add(String.join("\n", read(resp, key)));
        }
        if (!sampledKeys.isEmpty()) {
            report.scanSample("Redis sample of " + sampledKeys.size() + " keys in " + firstDb,
                    "SCAN 0 COUNT " + SCAN_COUNT + "; TYPE, then GETRANGE 0 " + (maxCell - 1)
                            + " / LRANGE 0 4 / HSCAN 0 COUNT 10 / SSCAN / ZRANGE 0 4 per key", texts);
        }
        flagConfigWrite(resp, version, report);
    }

    /** One bounded read per key, by type; nothing that changes the key or its expiry. */
    private List<String> read(Resp resp, String key) throws ProbeException {
        String type = Resp.text(resp.command("TYPE", key));
        Resp.Reply value = switch (type) {
            case "string" -> resp.command("GETRANGE", key, "0", String.valueOf(maxCell - 1));
            case "list" -> resp.command("LRANGE", key, "0", "4");
            case "hash" -> resp.command("HSCAN", key, "0", "COUNT", "10");
            case "set" -> resp.command("SSCAN", key, "0", "COUNT", "10");
            case "zset" -> resp.command("ZRANGE", key, "0", "4");
            default -> null;
        };
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Resp.strings(value));
        out.add(Resp.text(value));
        return out;
    }

    /** Redis 7 blocks CONFIG SET dir and MODULE LOAD unless enabled; older servers allow them to anyone let in. */
    private static void flagConfigWrite(Resp resp, String version, BlastRadiusReport report) throws ProbeException {
        int major = version.matches("\\d+\\..*") ? Integer.parseInt(version.substring(0, version.indexOf('.'))) : 0;
        Resp.Reply reply = resp.command("CONFIG", "GET", "enable-protected-configs");
        if (reply instanceof Resp.Error) {
            return;
        }
        List<String> pair = Resp.strings(reply);
        String setting = pair.size() == 2 ? pair.get(1) : "";
        if (major < 7 || setting.equals("yes")) {
            report.capability(CONFIG_WRITE, "Redis " + version + " runs CONFIG from anyone"
                    + (major < 7 ? " and has no protected configs (before 7.0)" : " with enable-protected-configs yes")
                    + ": CONFIG SET dir/dbfilename writes files where an attacker chooses",
                    Evidence.of("CONFIG GET enable-protected-configs", "CONFIG GET enable-protected-configs",
                            setting.isEmpty() ? "(not present: Redis before 7.0)" : setting));
        } else {
            report.property("protectedConfigs", setting);
        }
    }
}
