package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * Prometheus: {@code GET /api/v1/status/buildinfo} answers {@code status: success} and {@code data} with
 * {@code version}, {@code revision} and {@code goVersion} (parsed, so compact JSON works). The blast radius: scrape
 * targets (internal host names), the loaded configuration run through the detectors, and metric names.
 */
final class PrometheusCheck extends HttpProduct {

    PrometheusCheck() {
        super("prometheus", "Prometheus", Severity.MEDIUM, """
                Prometheus has no authentication by default: set basic_auth_users in a --web.config.file, keep \
                --web.enable-admin-api and --web.enable-lifecycle off, and bind --web.listen-address to a private address.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply reply = pages.get("/api/v1/status/buildinfo");
        JsonNode info = Json.object(reply);
        if (refused(reply) && pages.root().header("www-authenticate") != null && pages.status("/-/healthy") == 401) {
            return null;
        }
        if (!"success".equals(Json.text(info, "status")) || !Json.has(info.get("data"), "version", "revision", "goVersion")) {
            return null;
        }
        String version = Json.text(info, "data", "version");
        Identification id = Identification.open(pages.protocol(), "Prometheus " + version + " API answers without authentication")
                .version(version).evidence(pages.evidence("Prometheus build info", "/api/v1/status/buildinfo"));
        return pages.status("/debug/pprof/") == 200 ? id.with("debug", "/debug/pprof/ open") : id;
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> targets = list(pages, report, "/api/v1/targets?state=active", "scrape target",
                t -> Json.array(t, "data", "activeTargets"), "scrapeUrl");
        report.property("targets", targets.size());
        JsonNode config = pages.json("/api/v1/status/config");
        String yaml = Json.text(config, "data", "yaml");
        if (!yaml.isEmpty()) {
            report.scanSample("Prometheus configuration", "GET /api/v1/status/config", List.of(yaml));
        }
        report.fact(Json.array(pages.json("/api/v1/label/__name__/values"), "data").size() + " metric names");
    }
}
