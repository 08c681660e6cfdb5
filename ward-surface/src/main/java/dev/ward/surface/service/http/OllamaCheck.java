package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * Ollama: GET / answers the text {@code Ollama is running}; {@code /api/tags} lists models with {@code digest} and
 * {@code details}; {@code /api/version} gives the version. Ollama has no authentication of its own.
 */
final class OllamaCheck extends HttpProduct {

    static final CheckInfo MODEL_MANAGEMENT = tampering("ollama.model-management",
            "Ollama model management API open (pull, create, copy, delete models)", Severity.HIGH,
            "Put Ollama behind an authenticating reverse proxy or bind OLLAMA_HOST to 127.0.0.1; anyone reaching "
                    + "/api/pull, /api/create or /api/delete can replace or remove models and fill the disk.");

    OllamaCheck() {
        super("ollama", "Ollama", Severity.HIGH, """
                Ollama has no authentication: set OLLAMA_HOST=127.0.0.1 (the default) instead of 0.0.0.0, or put it \
                behind a reverse proxy that checks credentials, and firewall TCP 11434.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(MODEL_MANAGEMENT);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        boolean banner = pages.root().status() == 200 && pages.root().bodyText().strip().equals("Ollama is running");
        JsonNode tags = banner ? pages.json("/api/tags") : null;
        if (!banner) {
            tags = pages.json("/api/tags");
            List<JsonNode> models = Json.array(tags, "models");
            if (!Json.has(tags, "models") || !models.stream().allMatch(m -> Json.has(m, "name", "digest"))) {
                return null;
            }
        }
        String version = Json.text(pages.json("/api/version"), "version");
        return Identification.open(pages.protocol(), "Ollama " + version + " serves its API without authentication")
                .version(version).evidence(pages.evidence("Ollama banner", "/"), pages.evidence("Ollama models", "/api/tags"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        list(pages, report, "/api/tags", "model", t -> Json.array(t, "models"), "name");
        list(pages, report, "/api/ps", "running model", t -> Json.array(t, "models"), "name");
        report.capability(MODEL_MANAGEMENT, "Ollama's /api/pull, /api/create and /api/delete take requests from anyone who "
                + "can reach " + pages.endpoint().authority() + " (not exercised)");
    }
}
