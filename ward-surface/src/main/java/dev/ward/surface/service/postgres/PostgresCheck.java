package dev.ward.surface.service.postgres;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PostgreSQL by its startup exchange: an SSLRequest (answered {@code N} or {@code S}), then a startup message for user
 * {@code postgres}. AuthenticationOk means trust authentication, open to anyone; a password, MD5 or SCRAM request
 * means credentials are needed. When open, read-only queries list databases, tables and estimated rows, and a few
 * rows of tables that look sensitive go through the detectors, all in READ ONLY transactions.
 */
public final class PostgresCheck extends ServiceCheck implements WireServiceCheck {

    static final CheckInfo SUPERUSER_TRUST = remoteCodeExecution("postgresql.superuser-trust",
            "PostgreSQL superuser reachable without a password (COPY … PROGRAM runs shell commands)",
            "Replace 'trust' in pg_hba.conf with scram-sha-256 for every host line, give the superuser a strong password, "
                    + "and never let remote clients log in as a superuser: COPY … FROM PROGRAM runs commands as the "
                    + "server's OS user.");
    private static final Pattern INTERESTING = Pattern.compile("(?i)log|chat|messag|prompt|completion|conversation|user"
            + "|account|customer|email|key|token|secret|credential|passw|auth|session|history|event|model");
    private static final String USER = "postgres";
    private static final int MAX_DATABASES = 4;
    private static final int SAMPLED_TABLES = 5;
    private static final int SAMPLE_ROWS = 5;

    private final int maxCell;

    public PostgresCheck(int maxCellBytes) {
        super("postgresql", "PostgreSQL", Severity.HIGH, """
                Stop trusting network clients: in pg_hba.conf replace 'trust' with 'scram-sha-256' on every host line, \
                set password_encryption = scram-sha-256 and give every role a password, listen_addresses = 'localhost' \
                or a private address, and firewall TCP 5432. Treat the data as disclosed.""");
        this.maxCell = Math.max(256, Math.min(maxCellBytes, 16 * 1024));
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(SUPERUSER_TRUST);
    }

    @Override
    public Identification probe(WireContext context, BlastRadiusReport report) throws ProbeException {
        Connection c = context.connect();
        try {
            PostgresWire wire = new PostgresWire(c, maxCell);
            wire.send(PostgresWire.sslRequest());
            int answer = wire.input().uint8();
            if (answer == 'S') {
                c.close();
                c = context.connect();
                wire = new PostgresWire(c, maxCell);
            } else if (answer != 'N') {
                return null;
            }
            wire.send(PostgresWire.startup(USER, USER));
            PostgresWire.Message first = wire.read();
            Evidence shown = Evidence.of("PostgreSQL startup", "SSLRequest, then StartupMessage user=" + USER
                    + " database=" + USER + " (no password)", describe(first) + (answer == 'S' ? " (TLS offered)" : ""));
            if (first.type() == 'E') {
                Map<Character, String> f = first.fields();
                if (!f.containsKey('C') || !f.containsKey('M')) {
                    return null;
                }
                return Identification.authRequired("postgres", "PostgreSQL refused user " + USER + " without a password: "
                        + f.get('M') + " (SQLSTATE " + f.get('C') + ")").evidence(shown);
            }
            if (first.type() != 'R' || first.payload().length < 4) {
                return null;
            }
            int code = first.int32(0);
            if (code != 0) {
                String method = switch (code) {
                    case 3 -> "a cleartext password";
                    case 5 -> "an MD5 password";
                    case 10 -> "SCRAM-SHA-256";
                    case 7 -> "GSSAPI";
                    default -> "authentication method " + code;
                };
                return code > 0 && code < 20 ? Identification.authRequired("postgres", "PostgreSQL asks user " + USER
                        + " for " + method).evidence(shown) : null;
            }
            Map<String, String> parameters = untilReady(wire);
            String version = parameters.getOrDefault("server_version", "");
            Identification id = Identification.open("postgres", "PostgreSQL " + version + " let user " + USER
                    + " in without a password (trust authentication)").version(version).evidence(shown)
                    .with("banner", "PostgreSQL " + version);
            survey(wire, context, report);
            wire.terminate();
            return id;
        } finally {
            c.close();
        }
    }

    private static String describe(PostgresWire.Message m) {
        return switch (m.type()) {
            case 'R' -> "Authentication request " + (m.payload().length >= 4 ? m.int32(0) : -1);
            case 'E' -> "ErrorResponse " + m.fields().getOrDefault('C', "") + " " + m.fields().getOrDefault('M', "");
            default -> "message type " + m.type();
        };
    }

    private static Map<String, String> untilReady(PostgresWire wire) throws ProbeException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            PostgresWire.Message m = wire.read();
            if (m.type() == 'S') {
                String[] kv = new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8).split("\0");
                if (kv.length >= 2) {
                    parameters.put(kv[0], kv[1]);
                }
            } else if (m.type() == 'Z') {
                return parameters;
            } else if (m.type() == 'E') {
                throw ProbeException.unidentified("PostgreSQL ended the session: " + m.fields().get('M'));
            }
        }
        throw ProbeException.unidentified("PostgreSQL sent no ReadyForQuery");
    }

    private void survey(PostgresWire wire, WireContext context, BlastRadiusReport report) throws ProbeException {
        wire.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", 0);
        PostgresWire.QueryAnswer dbs = wire.query("SELECT datname FROM pg_database WHERE NOT datistemplate"
                + " AND datallowconn ORDER BY 1 LIMIT 100", 100);
        List<String> databases = dbs.rows().stream().map(List::getFirst).toList();
        report.fact(databases.size() + " database" + (databases.size() == 1 ? "" : "s") + ": " + String.join(", ", databases));
        report.evidence(Evidence.of("PostgreSQL databases", "SELECT datname FROM pg_database …", String.join("\n", databases)));
        PostgresWire.QueryAnswer superuser = wire.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", 1);
        if (superuser.ok() && !superuser.rows().isEmpty() && superuser.rows().getFirst().getFirst().equals("t")) {
            report.capability(SUPERUSER_TRUST, "user " + USER + " is a superuser and logs in without a password: "
                    + "COPY … FROM PROGRAM would run shell commands as the server's OS user",
                    Evidence.of("superuser check", "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", "t"));
        }
        List<String> tables = new ArrayList<>();
        surveyDatabase(wire, USER, tables, report);
        for (String db : databases.stream().filter(d -> !d.equals(USER)).limit(MAX_DATABASES).toList()) {
            if (context.budget().expired()) {
                report.incomplete("time budget used up before every database was listed");
                break;
            }
            try (Connection other = context.connect()) {
                PostgresWire w = new PostgresWire(other, maxCell);
                w.send(PostgresWire.startup(USER, db));
                PostgresWire.Message auth = w.read();
                if (auth.type() == 'R' && auth.payload().length >= 4 && auth.int32(0) == 0) {
                    untilReady(w);
                    w.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY", 0);
                    surveyDatabase(w, db, tables, report);
                    w.terminate();
                }
            }
        }
        report.fact(tables.size() + " table" + (tables.size() == 1 ? "" : "s") + (tables.isEmpty() ? ""
                : ": " + String.join(", ", tables.stream().limit(8).toList()) + (tables.size() > 8 ? ", …" : "")));
        report.property("tables", tables.size());
    }

    private void surveyDatabase(PostgresWire wire, String db, List<String> tables, BlastRadiusReport report) throws ProbeException {
        PostgresWire.QueryAnswer answer = wire.query("SELECT n.nspname, c.relname, greatest(c.reltuples, 0)::bigint"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
                + " ORDER BY c.reltuples DESC LIMIT 200", 200);
        int sampled = 0;
        for (List<String> row : answer.rows()) {
            String qualified = db + "." + row.get(0) + "." + row.get(1);
            tables.add(qualified + " (~" + row.get(2) + " rows)");
            if (sampled < SAMPLED_TABLES && INTERESTING.matcher(row.get(1)).find()) {
                sampled++;
                String sql = "SELECT left(t::text, " + maxCell + ") FROM " + ident(row.get(0)) + "." + ident(row.get(1))
                        + " AS t LIMIT " + SAMPLE_ROWS;
                PostgresWire.QueryAnswer sample = wire.query(sql, SAMPLE_ROWS);
                if (sample.ok()) {
                    report.scanSample("sample of " + qualified, sql, sample.rows().stream().map(r -> String.join("\t", r)).toList());
                }
            }
        }
    }

    static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
