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
 * A Docker/OCI distribution registry: {@code GET /v2/} answers with {@code Docker-Distribution-Api-Version:
 * registry/2.0}: 200 when open, 401 with a {@code WWW-Authenticate} challenge otherwise. The catalog and tags show
 * what images (and the secrets baked into them) anyone can pull.
 */
final class DockerRegistryCheck extends HttpProduct {

    static final CheckInfo PUSH = tampering("docker-registry.push",
            "Container registry without authentication: anyone may push images (supply-chain poisoning)", Severity.CRITICAL,
            "Configure auth (htpasswd or token) in the registry's config.yml, serve it over TLS, and make it "
                    + "read-only (storage.maintenance.readonly) where pushes are not needed.");

    DockerRegistryCheck() {
        super("docker-registry", "Docker registry", Severity.HIGH, """
                Configure authentication (auth.htpasswd or auth.token) in config.yml, serve TLS, and keep the registry \
                private; images often carry credentials in layers and environment.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(PUSH);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply base = pages.get("/v2/");
        if (base == null || !"registry/2.0".equals(base.header("docker-distribution-api-version"))) {
            return null;
        }
        boolean open = ok(base);
        return Identification.of(open, pages.protocol(), open ? "registry answers /v2/ without credentials"
                        : "registry asks for credentials (" + base.header("www-authenticate") + ")")
                .evidence(pages.evidence("registry API base", "/v2/"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> repos = list(pages, report, "/v2/_catalog?n=100", "repository", c -> Json.array(c, "repositories"), "");
        for (String repo : field(repos, "").stream().limit(3).toList()) {
            List<JsonNode> tags = Json.array(pages.json("/v2/" + repo + "/tags/list"), "tags");
            report.fact(repo + ": " + counted(tags.size(), "tag", field(tags, "")));
        }
        report.capability(PUSH, "the registry takes requests without credentials, so PUT of manifests and blobs "
                + "(pushing an image over a trusted tag) is open too unless it is read-only (not exercised)",
                pages.evidence("registry API base", "/v2/"));
    }
}
