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
 * Elasticsearch and OpenSearch: GET / answers {@code cluster_name} and {@code version.number} with
 * {@code version.lucene_version} (OpenSearch adds {@code version.distribution: opensearch}); with security on it
 * answers 401 with a {@code security_exception} and {@code WWW-Authenticate: Basic realm="security"}.
 * The blast radius: {@code _cat/indices} and a bounded {@code _search?size=5} on the largest indices.
 */
final class ElasticsearchCheck extends HttpProduct {

    ElasticsearchCheck() {
        super("elasticsearch", "Elasticsearch/OpenSearch", Severity.HIGH, """
                Enable security (xpack.security.enabled: true; OpenSearch: the security plugin), set passwords for \
                built-in users, enable TLS on HTTP, bind network.host to a private address and firewall 9200/9300.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply rootReply = pages.root();
        JsonNode root = Json.object(rootReply);
        if (refused(rootReply) && root != null && "security_exception".equals(Json.text(root, "error", "type"))) {
            return Identification.authRequired(pages.protocol(), "Elasticsearch/OpenSearch asks for credentials (security_exception)")
                    .evidence(pages.evidence("cluster root refused", "/"));
        }
        if (!Json.has(root, "cluster_name") || Json.text(root, "version", "number").isEmpty()
                || Json.text(root, "version", "lucene_version").isEmpty()) {
            return null;
        }
        boolean openSearch = "opensearch".equals(Json.text(root, "version", "distribution"));
        String version = Json.text(root, "version", "number");
        return Identification.open(pages.protocol(), (openSearch ? "OpenSearch " : "Elasticsearch ") + version
                        + " answers without credentials").version(version)
                .evidence(pages.evidence("cluster root", "/"))
                .with("displayName", (openSearch ? "OpenSearch" : "Elasticsearch") + " cluster " + Json.text(root, "cluster_name"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> indices = list(pages, report, "/_cat/indices?format=json&h=index,docs.count&s=docs.count:desc",
                "index", Json::array, "index").stream().filter(i -> !Json.text(i, "index").startsWith(".")).toList();
        for (String index : field(indices, "index").stream().limit(3).toList()) {
            String path = "/" + pathSegment(index) + "/_search?size=5";
            List<JsonNode> hits = Json.array(pages.json(path), "hits", "hits");
            sample(report, "documents of " + index, "GET " + path, hits.stream().map(h -> h.path("_source")).toList());
        }
    }
}
