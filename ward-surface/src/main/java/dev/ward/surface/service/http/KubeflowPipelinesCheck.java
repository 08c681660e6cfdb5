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
 * Kubeflow Pipelines API server: {@code GET /apis/v1beta1/healthz} (or v2beta1) answers {@code commit_sha},
 * {@code tag_name} and {@code multi_user}. Anyone who can create runs runs containers of their choosing in the cluster.
 */
final class KubeflowPipelinesCheck extends HttpProduct {

    static final CheckInfo RUN_SUBMISSION = remoteCodeExecution("kubeflow.run-submission",
            "Kubeflow Pipelines accepts pipelines and runs from anyone (containers of their choosing)",
            "Deploy Kubeflow Pipelines in multi-user mode behind Istio/Dex authentication, never expose ml-pipeline "
                    + "or ml-pipeline-ui services directly, and restrict who may create runs.");

    KubeflowPipelinesCheck() {
        super("kubeflow-pipelines", "Kubeflow Pipelines", Severity.HIGH, """
                Use multi-user mode with authentication (Istio + Dex/OIDC), keep the ml-pipeline service cluster-internal, \
                and expose the UI only through the authenticated Kubeflow gateway.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(RUN_SUBMISSION);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        for (String api : List.of("v1beta1", "v2beta1")) {
            JsonNode health = pages.json("/apis/" + api + "/healthz");
            if (Json.has(health, "commit_sha", "multi_user")) {
                String version = Json.text(health, "tag_name");
                HttpReply pipelines = pages.get("/apis/" + api + "/pipelines?page_size=10");
                boolean open = ok(pipelines);
                return Identification.of(open, pages.protocol(), "Kubeflow Pipelines " + version
                                + (open ? " lists pipelines without authentication" : " refuses unauthenticated API calls"))
                        .version(version).evidence(pages.evidence("Kubeflow Pipelines health", "/apis/" + api + "/healthz"))
                        .with("displayName", "multi_user=" + Json.text(health, "multi_user"));
            }
        }
        return null;
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        String api = pages.status("/apis/v1beta1/pipelines?page_size=10") == 200 ? "v1beta1" : "v2beta1";
        list(pages, report, "/apis/" + api + "/pipelines?page_size=10", "pipeline", p -> Json.array(p, "pipelines"), "display_name");
        List<JsonNode> runs = list(pages, report, "/apis/" + api + "/runs?page_size=5", "run", r -> Json.array(r, "runs"), "display_name");
        sample(report, "Kubeflow run parameters", "GET /apis/" + api + "/runs?page_size=5", runs);
        report.capability(RUN_SUBMISSION, "POST /apis/" + api + "/runs would schedule containers chosen by the caller (not exercised)");
    }
}
