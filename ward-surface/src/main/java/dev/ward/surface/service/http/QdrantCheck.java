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
 * Qdrant: {@code GET /} answers {@code title: "qdrant - vector search engine"} and the version;
 * {@code GET /collections} answers {@code result.collections} or 401 when an API key is set. A bounded
 * {@code points/scroll} (limit 5, payloads only, no vectors) shows what the payloads hold.
 */
final class QdrantCheck extends HttpProduct {

    QdrantCheck() {
        super("qdrant", "Qdrant", Severity.HIGH, """
                Set service.api_key (and read_only_api_key for readers) in Qdrant's config or QDRANT__SERVICE__API_KEY, \
                enable TLS, and keep ports 6333/6334 on a private network.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode root = Json.object(pages.root());
        HttpReply collections = pages.get("/collections");
        boolean titled = Json.text(root, "title").startsWith("qdrant");
        boolean keyed = refused(collections) && collections.bodyText().contains("API key");
        if (!titled && !keyed) {
            return null;
        }
        boolean open = ok(collections) && Json.at(Json.object(collections), "result", "collections") != null;
        String version = Json.text(root, "version");
        return Identification.of(open, pages.protocol(), "Qdrant " + version + (open ? " lists collections without an API key"
                        : " asks for an API key")).version(version)
                .evidence(pages.evidence("Qdrant root", "/"), pages.evidence("Qdrant collections", "/collections"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> collections = list(pages, report, "/collections", "collection",
                c -> Json.array(c, "result", "collections"), "name");
        for (String name : field(collections, "name").stream().limit(5).toList()) {
            String path = "/collections/" + pathSegment(name) + "/points/scroll";
            String query = "{\"limit\":5,\"with_payload\":true,\"with_vector\":false}";
            HttpReply scroll = pages.postReadOnlyQuery(path, query);
            List<JsonNode> points = Json.array(Json.object(scroll), "result", "points");
            sample(report, "Qdrant payloads of " + name, "POST " + path + " " + query,
                    points.stream().map(p -> p.path("payload")).toList());
        }
    }
}
