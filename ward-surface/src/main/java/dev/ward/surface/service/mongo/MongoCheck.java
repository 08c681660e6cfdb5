package dev.ward.surface.service.mongo;

import dev.ward.core.Evidence;
import dev.ward.core.Severity;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.net.WireInput;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.HttpServiceCheck;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.ServiceCheck;
import dev.ward.surface.service.WireContext;
import dev.ward.surface.service.WireServiceCheck;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MongoDB by an OP_MSG {@code hello}: a reply document with {@code maxWireVersion} and {@code ok} is MongoDB.
 * {@code listDatabases} then tells open (a list) from auth required (code 13, Unauthorized). When open: databases and
 * sizes, collections of a few databases, and {@code find} with a limit of 5 on a few collections, scanned.
 * MongoDB answers an HTTP request on its driver port with a fixed sentence; that names it too.
 */
public final class MongoCheck extends ServiceCheck implements WireServiceCheck, HttpServiceCheck {

    static final String HTTP_ANSWER = "It looks like you are trying to access MongoDB over HTTP on the native driver port.";
    private static final int OP_MSG = 2013;
    private static final int MAX_MESSAGE = 4 << 20;
    private static final int DATABASES_SURVEYED = 3;
    private static final int COLLECTIONS_SAMPLED = 4;

    public MongoCheck() {
        super("mongodb", "MongoDB", Severity.HIGH, """
                Turn on access control (security.authorization: enabled) and create users with passwords, bind to \
                127.0.0.1 or a private address (net.bindIp), and firewall TCP 27017. Treat the data as disclosed.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        if (!pages.root().bodyText().strip().equals(HTTP_ANSWER)) {
            return null;
        }
        // Named over HTTP, but only the driver protocol tells open from closed; the measuring happens in survey.
        return probe(wireContext(pages), new BlastRadiusReport());
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        if (id.isOpen()) {
            probe(wireContext(pages), report);
        }
    }

    private static WireContext wireContext(HttpPages pages) {
        return new WireContext(pages.endpoint(), pages.session().budget(), pages.session().options());
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        try (Connection c = context.connect()) {
            MongoWire wire = new MongoWire(c);
            Map<String, Object> hello;
            try {
                hello = wire.command(command("hello", 1, "$db", "admin"));
            } catch (ProbeException e) {
                return null;
            }
            if (!hello.containsKey("maxWireVersion") || !hello.containsKey("ok")) {
                return null;
            }
            Map<String, Object> build = wire.command(command("buildInfo", 1, "$db", "admin"));
            String version = build.get("version") instanceof String s ? s : "";
            Map<String, Object> dbs = wire.command(command("listDatabases", 1, "nameOnly", false, "$db", "admin"));
            Evidence shown = Evidence.of("MongoDB hello and listDatabases", "OP_MSG {hello: 1}; {listDatabases: 1}",
                    "hello: maxWireVersion " + hello.get("maxWireVersion") + "; listDatabases: ok " + dbs.get("ok")
                            + (dbs.containsKey("errmsg") ? " " + dbs.get("errmsg") : ""));
            boolean open = dbs.get("databases") instanceof List<?>;
            Identification id = Identification.of(open, "mongodb", open
                    ? "MongoDB " + version + " lists its databases to anyone"
                    : "MongoDB " + version + " asks for authentication (" + dbs.getOrDefault("codeName", dbs.get("errmsg")) + ")")
                    .version(version).evidence(shown).with("banner", version.isEmpty() ? null : "MongoDB " + version);
            if (open) {
                survey(wire, (List<?>) dbs.get("databases"), report);
            }
            return id;
        }
    }

    private static void survey(MongoWire wire, List<?> databases, BlastRadiusReport report) throws ProbeException {
        List<String> names = new ArrayList<>();
        for (Object d : databases) {
            if (d instanceof Map<?, ?> m && m.get("name") instanceof String n) {
                names.add(n + " (" + m.get("sizeOnDisk") + " bytes)");
            }
        }
        report.fact(names.size() + " database" + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names));
        int sampled = 0;
        for (Object d : databases) {
            if (!(d instanceof Map<?, ?> m) || !(m.get("name") instanceof String db) || List.of("admin", "local", "config").contains(db)) {
                continue;
            }
            if (sampled >= DATABASES_SURVEYED) {
                break;
            }
            sampled++;
            Map<String, Object> cols = wire.command(command("listCollections", 1, "nameOnly", true, "$db", db));
            List<String> collections = new ArrayList<>();
            if (cols.get("cursor") instanceof Map<?, ?> cursor && cursor.get("firstBatch") instanceof List<?> batch) {
                batch.forEach(x -> {
                    if (x instanceof Map<?, ?> cm && cm.get("name") instanceof String n) {
                        collections.add(n);
                    }
                });
            }
            report.fact(db + ": " + collections.size() + " collections (" + String.join(", ", collections.stream().limit(6).toList()) + ")");
            for (String collection : collections.stream().limit(COLLECTIONS_SAMPLED).toList()) {
                Map<String, Object> find = new LinkedHashMap<>();
                find.put("find", collection);
                find.put("limit", 5);
                find.put("batchSize", 5);
                find.put("singleBatch", true);
                find.put("$db", db);
                Map<String, Object> docs = wire.command(find);
                List<String> texts = new ArrayList<>();
                if (docs.get("cursor") instanceof Map<?, ?> cursor && cursor.get("firstBatch") instanceof List<?> batch) {
                    batch.forEach(doc -> texts.add(Bson.text(doc)));
                }
                report.scanSample("sample of " + db + "." + collection, "find {} limit 5 on " + db + "." + collection, texts);
            }
        }
    }

    /** A command document in order: the command name must come first. */
    static Map<String, Object> command(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** OP_MSG over one connection. */
    private static final class MongoWire {
        private final Connection c;
        private final WireInput in;
        private int requestId;

        MongoWire(Connection c) {
            this.c = c;
            this.in = new WireInput(c);
        }

        Map<String, Object> command(Map<String, ?> document) throws ProbeException {
            byte[] doc = Bson.document(document);
            ByteBuffer out = ByteBuffer.allocate(21 + doc.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            out.putInt(21 + doc.length).putInt(++requestId).putInt(0).putInt(OP_MSG).putInt(0).put((byte) 0).put(doc);
            c.allow(MAX_MESSAGE + 64L);
            c.write(out.array());
            int length = in.int32le();
            if (length < 21 || length > MAX_MESSAGE) {
                throw ProbeException.unidentified("not a MongoDB reply (length " + length + ")");
            }
            byte[] rest = in.bytes(length - 4);
            ByteBuffer reply = ByteBuffer.wrap(rest).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            reply.getInt();
            reply.getInt();
            if (reply.getInt() != OP_MSG) {
                throw ProbeException.unidentified("MongoDB reply is not OP_MSG");
            }
            reply.getInt();
            if (reply.get() != 0) {
                throw ProbeException.unidentified("MongoDB reply has no body section");
            }
            try {
                return Bson.read(reply);
            } catch (RuntimeException e) {
                throw ProbeException.unidentified("malformed BSON in reply: " + e.getMessage());
            }
        }
    }

    static boolean httpAnswer(HttpReply reply) {
        return reply.bodyText().strip().equals(HTTP_ANSWER);
    }
}
