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
 * Chroma: {@code GET /api/v2/heartbeat} (1.x) or {@code /api/v1/heartbeat} (0.4-0.6) answers the field
 * {@code "nanosecond heartbeat"}; the version endpoint answers a JSON string. Collections and a bounded {@code get}
 * (limit 5, documents and metadatas) show what the store holds; token auth turns them into 401/403.
 */
final class ChromaCheck extends HttpProduct {

    private static final String V2_COLLECTIONS = "/api/v2/tenants/default_tenant/databases/default_database/collections";

    ChromaCheck() {
        super("chroma", "Chroma", Severity.HIGH, """
                Enable Chroma's authentication (CHROMA_SERVER_AUTHN_PROVIDER with a token or basic auth) and keep port \
                8000 private; Chroma ships with no authentication.""");
    }

    private static String api(HttpPages pages) throws ProbeException {
        for (String api : List.of("v2", "v1")) {
            JsonNode beat = pages.json("/api/" + api + "/heartbeat");
            if (beat != null && beat.path("nanosecond heartbeat").isNumber()) {
                return api;
            }
        }
        return null;
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        String api = api(pages);
        if (api == null) {
            return null;
        }
        JsonNode version = Json.parse(pages.get("/api/" + api + "/version"));
        String v = version != null && version.isTextual() ? version.asText() : "";
        HttpReply collections = pages.get(api.equals("v2") ? V2_COLLECTIONS : "/api/v1/collections");
        boolean open = ok(collections);
        return Identification.of(open, pages.protocol(), "Chroma " + v + " (" + api + " API)"
                        + (open ? " lists collections without credentials" : " asks for credentials")).version(v)
                .evidence(pages.evidence("Chroma heartbeat", "/api/" + api + "/heartbeat"))
                .with("displayName", "API " + api);
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        boolean v2 = "API v2".equals(id.attributes().get("displayName"));
        String base = v2 ? V2_COLLECTIONS : "/api/v1/collections";
        List<JsonNode> collections = list(pages, report, base, "collection", Json::array, "name");
        for (JsonNode c : collections.stream().limit(5).toList()) {
            String path = base + "/" + pathSegment(Json.text(c, "id")) + "/get";
            String query = "{\"limit\":5,\"include\":[\"documents\",\"metadatas\"]}";
            JsonNode got = Json.object(pages.postReadOnlyQuery(path, query));
            List<JsonNode> items = new java.util.ArrayList<>(Json.array(got, "documents"));
            items.addAll(Json.array(got, "metadatas"));
            sample(report, "Chroma documents of " + Json.text(c, "name"), "POST " + path + " " + query, items);
        }
    }
}
