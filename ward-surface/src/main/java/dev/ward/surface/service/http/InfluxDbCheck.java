package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * InfluxDB: {@code GET /ping} answers 204 with {@code X-Influxdb-Version}. 1.x: {@code /query?q=SHOW DATABASES}
 * (read-only InfluxQL over GET) answers results when auth is off, 401 otherwise; 2.x always needs a token.
 */
final class InfluxDbCheck extends HttpProduct {

    static final String SHOW_DATABASES = "/query?q=SHOW%20DATABASES";

    InfluxDbCheck() {
        super("influxdb", "InfluxDB", Severity.HIGH, """
                InfluxDB 1.x: set auth-enabled = true under [http] and create an admin user; 2.x: keep tokens secret. \
                Bind to a private address and firewall 8086.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply ping = pages.get("/ping");
        String version = ping == null ? null : ping.header("x-influxdb-version");
        if (version == null) {
            return null;
        }
        HttpReply dbs = pages.get(SHOW_DATABASES);
        boolean open = ok(dbs) && Json.array(Json.object(dbs), "results").size() > 0;
        return Identification.of(open, pages.protocol(), "InfluxDB " + version + (open ? " runs queries without credentials"
                        : " asks for credentials")).version(version)
                .evidence(pages.evidence("InfluxDB ping", "/ping"), pages.evidence("InfluxDB databases", SHOW_DATABASES))
                .with("banner", "InfluxDB " + version + " " + String.valueOf(ping.header("x-influxdb-build")));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<String> databases = values(pages.json(SHOW_DATABASES));
        report.fact(HttpProduct.counted(databases.size(), "database", databases));
        for (String db : databases.stream().filter(d -> !d.startsWith("_")).limit(3).toList()) {
            String path = "/query?db=" + pathSegment(db) + "&q=" + pathSegment("SELECT * FROM /.*/ LIMIT 5");
            JsonNode rows = pages.json(path);
            List<JsonNode> series = Json.array(Json.array(rows, "results").stream().findFirst().orElse(null), "series");
            report.fact(db + ": " + counted(series.size(), "measurement", field(series, "name")));
            sample(report, "InfluxDB points in " + db, "GET " + path, series.stream().map(s -> s.path("values")).toList());
        }
    }

    private static List<String> values(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : Json.array(result, "results")) {
            for (JsonNode s : Json.array(r, "series")) {
                Json.array(s, "values").forEach(v -> out.add(v.path(0).asText()));
            }
        }
        return out;
    }
}
