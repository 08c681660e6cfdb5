package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The Docker Engine API: {@code GET /version} answers {@code ApiVersion}, {@code MinAPIVersion} and {@code Version}.
 * It has no authentication; whoever reaches it is root on the host. The blast radius: containers, and the
 * environment variables of a few (where keys usually live), scanned.
 */
final class DockerApiCheck extends HttpProduct {

    static final CheckInfo CONTAINER_CREATE = remoteCodeExecution("docker.api-exposed",
            "Docker Engine API open: anyone can start a privileged container (root on the host)",
            "Never expose dockerd on TCP without mutual TLS (--tlsverify with client certificates); prefer the Unix "
                    + "socket or SSH (DOCKER_HOST=ssh://…), and firewall 2375/2376.");

    DockerApiCheck() {
        super("docker", "Docker Engine API", Severity.CRITICAL, """
                Remove -H tcp://0.0.0.0:2375 from dockerd; if remote access is needed use --tlsverify with client \
                certificates on 2376 or SSH. Rotate every secret found in container environments.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(CONTAINER_CREATE);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/version");
        if (!Json.has(v, "ApiVersion", "MinAPIVersion", "Version")) {
            return null;
        }
        String version = Json.text(v, "Version");
        return Identification.open(pages.protocol(), "Docker " + version + " (API " + Json.text(v, "ApiVersion")
                        + ") answers without authentication").version(version)
                .evidence(pages.evidence("Docker version", "/version"))
                .with("os", Json.text(v, "Os") + "/" + Json.text(v, "Arch")).with("banner", "Docker " + version);
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> containers = list(pages, report, "/containers/json?all=1&limit=50", "container", Json::array, "Image");
        List<String> env = new ArrayList<>();
        for (String cid : field(containers, "Id").stream().limit(5).toList()) {
            JsonNode inspect = pages.json("/containers/" + pathSegment(cid) + "/json");
            Json.array(inspect, "Config", "Env").forEach(e -> env.add(e.asText()));
        }
        report.scanSample("container environment variables", "GET /containers/<id>/json (Config.Env) for "
                + Math.min(5, containers.size()) + " containers", env);
        report.capability(CONTAINER_CREATE, "POST /containers/create with a host bind mount would give root on "
                + pages.endpoint().address().getHostAddress() + " (not exercised)", pages.evidence("Docker version", "/version"));
    }
}
