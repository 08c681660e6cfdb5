package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * TorchServe. Management API (8081): {@code GET /models} answers {@code models} with {@code modelName} and
 * {@code modelUrl}; it can register a model archive from any URL, which runs its handler code (ShellTorch,
 * CVE-2023-43654). Inference API (8080): {@code GET /ping} answers {@code status: Healthy} and
 * {@code /api-description} an OpenAPI document titled {@code TorchServe APIs}. Token authorisation (0.11+) answers
 * 401/400 mentioning the token.
 */
final class TorchServeCheck extends HttpProduct {

    static final CheckInfo REGISTER_FROM_URL = remoteCodeExecution("torchserve.register-from-url",
            "TorchServe management API registers models from any URL (remote code execution)",
            "Keep the management API on 127.0.0.1 (management_address=http://127.0.0.1:8081), enable token "
                    + "authorisation, and restrict allowed_urls to your own model store.");

    TorchServeCheck() {
        super("torchserve", "TorchServe", Severity.HIGH, """
                Enable token authorisation (TorchServe 0.11+; do not pass --disable-token-auth), bind inference and \
                management addresses to 127.0.0.1 or a private network, and set allowed_urls.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(REGISTER_FROM_URL);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply models = pages.get("/models");
        JsonNode body = Json.object(models);
        if (ok(models) && body != null && body.has("models")
                && Json.array(body, "models").stream().allMatch(m -> Json.has(m, "modelName", "modelUrl"))) {
            return Identification.open(pages.protocol(), "TorchServe management API answers without a token")
                    .evidence(pages.evidence("TorchServe models", "/models")).with("displayName", "management API");
        }
        String title = Json.text(pages.json("/api-description"), "info", "title");
        JsonNode ping = pages.json("/ping");
        boolean healthy = "Healthy".equals(Json.text(ping, "status")) || "Unhealthy".equals(Json.text(ping, "status"));
        if (!title.equals("TorchServe APIs") && !(healthy && tokenError(models))) {
            return null;
        }
        String version = Json.text(pages.json("/api-description"), "info", "version");
        if (tokenError(models)) {
            return Identification.authRequired(pages.protocol(), "TorchServe management API asks for a token")
                    .version(version).evidence(pages.evidence("TorchServe models refused", "/models"));
        }
        return Identification.open(pages.protocol(), "TorchServe " + version + " inference API answers without a token")
                .version(version).evidence(pages.evidence("TorchServe ping", "/ping")).with("displayName", "inference API");
    }

    private static boolean tokenError(HttpReply reply) {
        return reply != null && (reply.status() == 400 || reply.status() == 401)
                && reply.bodyText().toLowerCase(java.util.Locale.ROOT).contains("token");
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        if (!"management API".equals(id.attributes().get("displayName"))) {
            report.fact("anyone can send inference requests");
            return;
        }
        list(pages, report, "/models", "model", m -> Json.array(m, "models"), "modelName");
        report.capability(REGISTER_FROM_URL, "POST /models?url=… on " + pages.endpoint().authority()
                + " would fetch a model archive from any URL and run its handler (not exercised)",
                pages.evidence("TorchServe models", "/models"));
    }
}
