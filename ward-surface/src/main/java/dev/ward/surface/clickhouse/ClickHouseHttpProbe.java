package dev.ward.surface.clickhouse;

import dev.ward.core.Access;
import dev.ward.core.Evidence;
import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.BoundedHttpClient;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Identifies ClickHouse's HTTP interface by what it says, not by its port: {@code GET /ping} answers {@code Ok.},
 * and {@code GET /?query=SELECT version()} answers a version, or an exception whose code tells whether a password
 * is needed. GET queries are read-only in ClickHouse.
 */
public final class ClickHouseHttpProbe {

    static final String VERSION_QUERY = "SELECT version()";
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+){0,3}");
    private static final String NATIVE_PORT_MARKER = "is for clickhouse-client program";
    private static final int EXCERPT = 600;

    private final SurfaceOptions options;
    private final BoundedHttpClient http;

    public ClickHouseHttpProbe(SurfaceOptions options) {
        this.options = options;
        this.http = new BoundedHttpClient(options);
    }

    public ProbeResult probe(Endpoint endpoint, TimeBudget budget) throws ProbeException {
        List<Evidence> evidence = new ArrayList<>();
        HttpReply ping = http.get(endpoint, "/ping", budget);
        evidence.add(evidence("HTTP GET /ping", endpoint, "/ping", ping));
        if (ping.bodyText().contains(NATIVE_PORT_MARKER)) {
            return new ProbeResult(ClickHouseIdentity.of(Access.NOT_IDENTIFIED, "native",
                    "native-protocol port answered HTTP with 'Port … is for clickhouse-client program'", evidence), null, true);
        }
        boolean pingOk = ping.status() == 200 && ping.bodyText().strip().equals("Ok.");
        String target = "/?query=" + encode(VERSION_QUERY);
        HttpReply version = http.get(endpoint, target, budget);
        evidence.add(evidence("HTTP query: " + VERSION_QUERY, endpoint, target, version));
        boolean clickHouseHeaders = hasClickHouseHeader(ping) || hasClickHouseHeader(version);
        String body = version.bodyText().strip();
        String display = version.header("x-clickhouse-server-display-name");
        String timezone = version.header("x-clickhouse-timezone");
        if (version.status() == 200 && VERSION.matcher(body).matches() && (pingOk || clickHouseHeaders)) {
            ClickHouseIdentity id = new ClickHouseIdentity(Access.OPEN, "http",
                    "ClickHouse " + body + " answered SELECT version() without a password", body, timezone, display, evidence);
            return new ProbeResult(id, new HttpSession(endpoint, budget), false);
        }
        ServerError error = ServerError.fromHttpBody(body);
        String headerCode = version.header("x-clickhouse-exception-code");
        if (error == null && headerCode != null && headerCode.matches("\\d{1,5}")) {
            error = new ServerError(Integer.parseInt(headerCode), "", oneLine(body));
        }
        if (error != null && (pingOk || clickHouseHeaders || body.contains("DB::Exception"))) {
            String detail = error.isAuthentication()
                    ? "ClickHouse asks for a password over HTTP (" + error.summary() + ")"
                    : "ClickHouse refused an unauthenticated query over HTTP (" + error.summary() + ")";
            return ProbeResult.of(new ClickHouseIdentity(Access.AUTH_REQUIRED, "http", detail, "", timezone, display, evidence));
        }
        String what = "HTTP " + version.status() + " from " + version.server();
        return ProbeResult.of(ClickHouseIdentity.of(Access.NOT_IDENTIFIED, "http",
                pingOk ? what + " (answered /ping with Ok. but not a ClickHouse query)" : what, evidence));
    }

    private static boolean hasClickHouseHeader(HttpReply reply) {
        return reply.headers().keySet().stream().anyMatch(h -> h.startsWith("x-clickhouse-"));
    }

    static String encode(String sql) {
        return URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Evidence evidence(String label, Endpoint endpoint, String target, HttpReply reply) {
        String request = "GET " + target + " HTTP/1.1\nHost: " + endpoint.authority();
        return Evidence.of(label, request, reply.head() + "\n" + excerpt(reply.bodyText()));
    }

    static String excerpt(String text) {
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    }

    /** Read-only queries over HTTP GET, each on its own connection, output as TabSeparated. */
    private final class HttpSession implements ClickHouseSession {
        private final Endpoint endpoint;
        private final TimeBudget budget;

        HttpSession(Endpoint endpoint, TimeBudget budget) {
            this.endpoint = endpoint;
            this.budget = budget;
        }

        @Override
        public String protocol() {
            return "http";
        }

        @Override
        public QueryResult query(ReadOnlyQuery query) throws ProbeException {
            String target = "/?query=" + encode(query.sql() + " FORMAT TabSeparated");
            HttpReply reply = http.get(endpoint, target, budget);
            String request = "GET /?query=" + query.sql() + " FORMAT TabSeparated";
            String text = reply.bodyText();
            if (reply.status() != 200) {
                ServerError error = ServerError.fromHttpBody(text);
                if (error == null) {
                    error = new ServerError(-1, "", "HTTP " + reply.status() + " " + oneLine(text));
                }
                return QueryResult.failed(error, request, reply.head() + "\n" + excerpt(text));
            }
            return new QueryResult(TabSeparated.parse(text, reply.truncated()), reply.truncated(), null, request,
                    "HTTP " + reply.status() + " " + reply.bodyText().length() + " bytes" + (reply.truncated() ? " (cut at "
                    + options.maxResponseBytes() + ")" : ""));
        }

        @Override
        public void close() {
            // one connection per request; nothing stays open
        }
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
