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
 * Milvus RESTful API (on the proxy port, 19530): {@code GET /v1/vector/collections} answers Milvus's envelope, an
 * integer {@code code} with {@code data} (200 means success in v1), and with authentication on, code 1800 and
 * "user hasn't authenticated". The v2 API's {@code POST /v2/vectordb/collections/list} (a read) confirms.
 */
final class MilvusCheck extends HttpProduct {

    static final String V1_COLLECTIONS = "/v1/vector/collections";

    MilvusCheck() {
        super("milvus", "Milvus", Severity.HIGH, """
                Enable authentication (common.security.authorizationEnabled: true), change the default root password \
                (Milvus ships root/Milvus), enable TLS, and keep ports 19530 and 9091 private.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v1 = pages.json(V1_COLLECTIONS);
        if (v1 == null || !v1.path("code").isInt() || !(v1.has("data") || v1.has("message"))) {
            return null;
        }
        HttpReply v2 = pages.postReadOnlyQuery("/v2/vectordb/collections/list", "{}");
        JsonNode list = Json.object(v2);
        boolean unauthenticated = v1.path("code").asInt() == 1800 || (list != null && list.path("code").asInt() == 1800);
        boolean open = !unauthenticated && (v1.path("code").asInt() == 200 || (list != null && list.path("code").asInt() == 0));
        if (!open && !unauthenticated) {
            return null;
        }
        return Identification.of(open, pages.protocol(), open ? "Milvus lists collections without credentials"
                        : "Milvus asks for credentials (" + Json.text(v1, "message") + ")")
                .evidence(pages.evidence("Milvus v1 collections", V1_COLLECTIONS),
                        pages.evidence("Milvus v2 collections", "POST", "/v2/vectordb/collections/list", v2))
                .with("loginPage", unauthenticated ? "default account root/Milvus documented" : null);
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> names = list(pages, report, V1_COLLECTIONS, "collection", c -> Json.array(c, "data"), "");
        for (String name : field(names, "").stream().limit(3).toList()) {
            String query = "{\"collectionName\":" + Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(name))
                    + ",\"filter\":\"\",\"limit\":5,\"outputFields\":[\"*\"]}";
            HttpReply rows = pages.postReadOnlyQuery("/v2/vectordb/entities/query", query);
            sample(report, "Milvus entities of " + name, "POST /v2/vectordb/entities/query " + query,
                    Json.array(Json.object(rows), "data"));
        }
    }
}
