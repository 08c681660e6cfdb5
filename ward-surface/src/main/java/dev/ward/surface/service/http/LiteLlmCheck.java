package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;

/**
 * LiteLLM proxy: {@code GET /health/liveliness} answers the JSON string {@code "I'm alive!"} and its OpenAPI title is
 * {@code LiteLLM API}. Without a master key /v1/models is open; with one it answers 401 with an auth_error.
 * Open proxies leak their model routes and, in /model/info, upstream API bases and keys.
 */
final class LiteLlmCheck extends HttpProduct {

    LiteLlmCheck() {
        super("litellm", "LiteLLM proxy", Severity.HIGH, """
                Set LITELLM_MASTER_KEY (general_settings.master_key) and issue virtual keys per client; anyone reaching \
                an open proxy spends your upstream provider credit and can read model routes. Do not expose the proxy \
                admin UI to the internet.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply alive = pages.get("/health/liveliness");
        JsonNode node = Json.parse(alive);
        boolean liveliness = ok(alive) && node != null && node.isTextual() && node.asText().equals("I'm alive!");
        if (!liveliness && !"LiteLLM API".equals(Json.text(pages.json("/openapi.json"), "info", "title"))) {
            return null;
        }
        HttpReply models = pages.get("/v1/models");
        boolean open = ok(models);
        return Identification.of(open, pages.protocol(), open ? "LiteLLM proxy routes requests without a key"
                        : "LiteLLM proxy asks for a key (" + (models == null ? "no reply" : "HTTP " + models.status()) + ")")
                .evidence(pages.evidence("LiteLLM liveliness", "/health/liveliness"), pages.evidence("LiteLLM models", "/v1/models"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        list(pages, report, "/v1/models", "model route", m -> Json.array(m, "data"), "id");
        HttpReply info = pages.get("/model/info");
        JsonNode body = Json.parse(info);
        if (ok(info) && body != null) {
            sample(report, "LiteLLM /model/info (model routes with their litellm_params)", "GET /model/info", Json.array(body, "data"));
        }
    }
}
