package dev.ward.surface.service.mysql;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB by the greeting the server sends first (protocol 10, a version string), then a login as
 * {@code root} with an empty password: OK means open, an access-denied error means a password is needed. When open,
 * read-only queries in a READ ONLY session list databases, tables and row estimates and sample sensitive-looking
 * tables.
 */
public final class MysqlCheck extends ServiceCheck implements WireServiceCheck {

    static final CheckInfo SUPERUSER_OPEN = remoteCodeExecution("mysql.superuser-without-password",
            "MySQL/MariaDB superuser without a password (files and UDFs can run code)",
            "Give root and every account a strong password (ALTER USER 'root'@'%' IDENTIFIED BY …), drop anonymous and "
                    + "password-less accounts, set secure_file_priv, and bind-address = 127.0.0.1 or a private address.");
    private static final Pattern INTERESTING = Pattern.compile("(?i)log|chat|messag|prompt|completion|conversation|user"
            + "|account|customer|email|key|token|secret|credential|passw|auth|session|history|event|model");
    private static final String USER = "root";
    private static final int SAMPLED_TABLES = 5;

    private final int maxCell;

    public MysqlCheck(int maxCellBytes) {
        super("mysql", "MySQL/MariaDB", Severity.HIGH, """
                Set a password on every account (ALTER USER … IDENTIFIED BY …), remove anonymous users \
                (DELETE FROM mysql.user WHERE User=''), bind-address = 127.0.0.1 or a private address, and firewall \
                TCP 3306. Treat the data as disclosed.""");
        this.maxCell = Math.max(256, Math.min(maxCellBytes, 16 * 1024));
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(SUPERUSER_OPEN);
    }

    @Override
    public boolean recognises(byte[] first) {
        if (first.length < 5 || first[3] != 0) {
            return false;
        }
        byte[] payload = java.util.Arrays.copyOfRange(first, 4, first.length);
        return MysqlWire.greeting(payload) != null || (payload[0] & 0xff) == 0xff;
    }

    @Override
    public boolean inBurst() {
        return false;
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        try (Connection c = context.connect()) {
            MysqlWire wire = new MysqlWire(c, maxCell);
            MysqlWire.Packet hello = wire.read();
            if (hello.isError() && hello.sequence() == 0) {
                return Identification.authRequired("mysql", "MySQL refused this client before login: " + hello.error())
                        .evidence(Evidence.of("MySQL greeting", "(connect)", "ERR " + hello.error()));
            }
            MysqlWire.Greeting greeting = MysqlWire.greeting(hello.payload());
            if (greeting == null) {
                return null;
            }
            String product = greeting.version().toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? "MariaDB" : "MySQL";
            String version = greeting.version().replaceFirst("^5\\.5\\.5-", "").replaceFirst("-.*", "");
            wire.write(1, MysqlWire.emptyPasswordLogin(USER));
            MysqlWire.Packet answer = wire.read();
            if (answer.first() == 0xfe) {
                wire.write(answer.sequence() + 1, new byte[0]);
                answer = wire.read();
            }
            while (answer.first() == 0x01) {
                answer = wire.read();
            }
            Evidence shown = Evidence.of(product + " greeting and login", "HandshakeResponse41 user=" + USER
                    + " with an empty password", "greeting: " + product + " " + greeting.version() + ", auth plugin "
                    + greeting.authPlugin() + "\nlogin: " + (answer.isError() ? "ERR " + answer.error() : "OK"));
            Identification id = Identification.of(answer.first() == 0x00, "mysql", answer.first() == 0x00
                    ? product + " " + version + " let " + USER + " in with an empty password"
                    : product + " " + version + " asks for a password (" + (answer.isError() ? answer.error() : "auth") + ")")
                    .version(version).evidence(shown).with("banner", greeting.version());
            if (id.isOpen()) {
                survey(wire, report);
            }
            return id;
        }
    }

    private void survey(MysqlWire wire, BlastRadiusReport report) throws ProbeException {
        wire.query("SET SESSION TRANSACTION READ ONLY", 0);
        MysqlWire.Result dbs = wire.query("SHOW DATABASES", 200);
        List<String> databases = dbs.rows().stream().map(List::getFirst)
                .filter(d -> !List.of("information_schema", "performance_schema", "mysql", "sys").contains(d)).toList();
        report.fact(databases.size() + " user database" + (databases.size() == 1 ? "" : "s")
                + (databases.isEmpty() ? "" : ": " + String.join(", ", databases)));
        MysqlWire.Result tables = wire.query("SELECT table_schema, table_name, ifnull(table_rows, 0) FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')"
                + " ORDER BY table_rows DESC LIMIT 200", 200);
        List<String> named = new ArrayList<>();
        int sampled = 0;
        for (List<String> row : tables.rows()) {
            String qualified = row.get(0) + "." + row.get(1);
            named.add(qualified + " (~" + row.get(2) + " rows)");
            if (sampled < SAMPLED_TABLES && INTERESTING.matcher(row.get(1)).find()) {
                sampled++;
                String sql = "SELECT * FROM " + ident(row.get(0)) + "." + ident(row.get(1)) + " LIMIT 5";
                MysqlWire.Result sample = wire.query(sql, 5);
                if (sample.ok()) {
                    report.scanSample("sample of " + qualified, sql, sample.rows().stream().map(r -> String.join("\t", r)).toList());
                }
            }
        }
        report.fact(named.size() + " table" + (named.size() == 1 ? "" : "s") + (named.isEmpty() ? ""
                : ": " + String.join(", ", named.stream().limit(8).toList()) + (named.size() > 8 ? ", …" : "")));
        report.property("tables", named.size());
        MysqlWire.Result grants = wire.query("SHOW GRANTS", 20);
        boolean all = grants.rows().stream().anyMatch(r -> r.getFirst().startsWith("GRANT ALL PRIVILEGES ON *.*"));
        if (all) {
            report.capability(SUPERUSER_OPEN, USER + " has ALL PRIVILEGES ON *.* without a password: SELECT … INTO "
                    + "OUTFILE and user-defined functions can write files and run code",
                    Evidence.of("SHOW GRANTS", "SHOW GRANTS", grants.rows().getFirst().getFirst()));
        }
    }

    static String ident(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
