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
 * vLLM and other OpenAI-compatible model servers (llama.cpp, LocalAI, TGI's Messages API …): {@code GET /v1/models}
 * answers {@code {"object":"list","data":[{"object":"model","id":…}]}}. vLLM marks its models {@code owned_by: vllm}
 * and adds {@code max_model_len}; an API key turns the list into a 401 with an OpenAI-style {@code error} object.
 */
final class OpenAiCompatibleCheck extends HttpProduct {

    private final boolean vllm;

    /** One instance names vLLM only; the other any OpenAI-compatible server, and runs after it. */
    static OpenAiCompatibleCheck vllm() {
        return new OpenAiCompatibleCheck("vllm", "vLLM", true);
    }

    static OpenAiCompatibleCheck anyCompatible() {
        return new OpenAiCompatibleCheck("openai-compatible", "OpenAI-compatible model server", false);
    }

    private OpenAiCompatibleCheck(String id, String product, boolean vllm) {
        this.vllm = vllm;
        super(id, product, Severity.HIGH, """
                Require an API key (vLLM: --api-key or VLLM_API_KEY; llama.cpp: --api-key) or put the server behind an \
                authenticating proxy, and do not expose it to the internet: anyone can spend its GPU time and query \
                the models it serves.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply reply = pages.get("/v1/models");
        JsonNode models = Json.object(reply);
        if (reply == null || models == null) {
            return null;
        }
        if (refused(reply) && models.get("error") != null && !Json.has(models, "detail")) {
            if (vllm == vllmVersion(pages).isEmpty()) {
                return null;
            }
            return Identification.authRequired(pages.protocol(), product() + " asks for an API key on /v1/models")
                    .evidence(pages.evidence("models list refused", "/v1/models"));
        }
        List<JsonNode> data = Json.array(models, "data");
        if (!"list".equals(Json.text(models, "object")) || !models.has("data")
                || !data.stream().allMatch(m -> "model".equals(Json.text(m, "object")) && m.has("id"))) {
            return null;
        }
        boolean isVllm = data.stream().anyMatch(m -> "vllm".equals(Json.text(m, "owned_by")) || m.has("max_model_len"));
        if (vllm && !isVllm) {
            return null;
        }
        String version = vllm ? vllmVersion(pages) : "";
        return Identification.open(pages.protocol(), (vllm ? "vLLM " + version : "OpenAI-compatible server")
                        + " lists its models without an API key").version(version)
                .evidence(pages.evidence("models list", "/v1/models"))
                .with("displayName", vllm ? "vLLM" : String.join(",", field(data, "owned_by").stream().distinct().toList()));
    }

    private static String vllmVersion(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/version");
        return v != null && v.size() == 1 ? Json.text(v, "version") : "";
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        list(pages, report, "/v1/models", "model", m -> Json.array(m, "data"), "id");
        report.fact("anyone can run completions on its GPUs (/v1/completions, /v1/chat/completions)");
    }
}
