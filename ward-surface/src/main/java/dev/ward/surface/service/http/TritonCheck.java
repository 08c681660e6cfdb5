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
 * NVIDIA Triton Inference Server: {@code GET /v2} answers the KServe v2 server metadata, {@code name: triton},
 * {@code version} and {@code extensions}. With the {@code model_repository} extension the load/unload API may be on.
 */
final class TritonCheck extends HttpProduct {

    static final CheckInfo MODEL_CONTROL = tampering("triton.model-repository-api",
            "Triton model repository API reachable (load and unload models)", Severity.HIGH,
            "Run Triton with --model-control-mode=none (or restrict with --http-restricted-api=model-repository:…), "
                    + "and keep its ports (8000-8002) off untrusted networks.");

    TritonCheck() {
        super("triton", "Triton Inference Server", Severity.HIGH, """
                Triton has no authentication of its own: keep ports 8000-8002 on a private network, restrict APIs with \
                --http-restricted-api / --grpc-restricted-protocol, and front it with an authenticating gateway.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(MODEL_CONTROL);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode meta = pages.json("/v2");
        if (!"triton".equals(Json.text(meta, "name")) || !Json.has(meta, "version", "extensions")) {
            return null;
        }
        String version = Json.text(meta, "version");
        return Identification.open(pages.protocol(), "Triton " + version + " answers inference API calls without authentication")
                .version(version).evidence(pages.evidence("Triton server metadata", "/v2"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        HttpReply index = pages.postReadOnlyQuery("/v2/repository/index", "{}");
        JsonNode models = Json.parse(index);
        if (ok(index) && models != null && models.isArray()) {
            List<JsonNode> all = Json.array(models);
            report.fact(counted(all.size(), "model", field(all, "name")));
        }
        boolean repository = Json.array(pages.json("/v2"), "extensions").stream().anyMatch(e -> e.asText().equals("model_repository"));
        if (repository) {
            report.capability(MODEL_CONTROL, "Triton advertises the model_repository extension: POST "
                    + "/v2/repository/models/<name>/load may load models (not exercised)", pages.evidence("Triton server metadata", "/v2"));
        }
    }
}
