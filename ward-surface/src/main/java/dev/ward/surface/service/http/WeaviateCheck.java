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
 * Weaviate: {@code GET /v1/meta} answers {@code hostname}, {@code modules} and {@code version} together (not just any
 * "version"); {@code /v1/schema} lists classes, or answers 401 when anonymous access is off.
 */
final class WeaviateCheck extends HttpProduct {

    WeaviateCheck() {
        super("weaviate", "Weaviate", Severity.HIGH, """
                Turn off anonymous access (AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=false), enable API-key or OIDC \
                authentication with authorisation (AUTHORIZATION_ADMINLIST or RBAC), and keep port 8080 private.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply metaReply = pages.get("/v1/meta");
        JsonNode meta = Json.object(metaReply);
        boolean shaped = Json.has(meta, "hostname", "modules", "version") && meta.get("modules").isObject();
        boolean anonymousOff = refused(metaReply) && metaReply.bodyText().contains("anonymous access");
        if (!shaped && !anonymousOff) {
            return null;
        }
        HttpReply schema = pages.get("/v1/schema");
        boolean open = shaped && ok(schema);
        String version = Json.text(meta, "version");
        return Identification.of(open, pages.protocol(), "Weaviate " + version + (open ? " serves its schema and objects anonymously"
                        : " asks for credentials")).version(version)
                .evidence(pages.evidence("Weaviate meta", "/v1/meta"), pages.evidence("Weaviate schema", "/v1/schema"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> classes = list(pages, report, "/v1/schema", "class", s -> Json.array(s, "classes"), "class");
        for (String name : field(classes, "class").stream().limit(5).toList()) {
            String path = "/v1/objects?class=" + pathSegment(name) + "&limit=5";
            List<JsonNode> objects = Json.array(pages.json(path), "objects");
            sample(report, "Weaviate objects of " + name, "GET " + path, objects.stream().map(o -> o.path("properties")).toList());
        }
    }
}
