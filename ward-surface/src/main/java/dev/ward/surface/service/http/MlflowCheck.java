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
import java.util.ArrayList;
import java.util.List;

/**
 * MLflow tracking server: {@code GET /api/2.0/mlflow/experiments/search} answers experiments with
 * {@code experiment_id} and {@code lifecycle_stage}; with basic auth on it answers 401 and
 * {@code WWW-Authenticate: Basic realm="mlflow"}. Runs' params often carry keys and data paths.
 */
final class MlflowCheck extends HttpProduct {

    static final String EXPERIMENTS = "/api/2.0/mlflow/experiments/search?max_results=20";
    static final CheckInfo ARTIFACT_WRITE = remoteCodeExecution("mlflow.artifact-write",
            "MLflow accepts artifact uploads and model registrations from anyone (models run as code when loaded)",
            "Enable authentication (mlflow server --app-name basic-auth) or put MLflow behind an authenticating proxy; "
                    + "a model artifact uploaded by anyone runs its pickled code when the team loads it.");

    MlflowCheck() {
        super("mlflow", "MLflow", Severity.HIGH, """
                Enable authentication (mlflow server --app-name basic-auth, then change the default admin password) \
                or put MLflow behind an authenticating proxy; bind --host 127.0.0.1.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(ARTIFACT_WRITE);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply reply = pages.get(EXPERIMENTS);
        if (reply == null) {
            return null;
        }
        String realm = String.valueOf(reply.header("www-authenticate"));
        if (refused(reply) && realm.contains("mlflow")) {
            return Identification.authRequired(pages.protocol(), "MLflow asks for basic-auth credentials")
                    .evidence(pages.evidence("MLflow experiments refused", EXPERIMENTS));
        }
        JsonNode body = Json.object(reply);
        List<JsonNode> experiments = Json.array(body, "experiments");
        boolean shaped = ok(reply) && body != null && (experiments.isEmpty() ? body.isEmpty() || body.has("experiments")
                : experiments.stream().allMatch(e -> Json.has(e, "experiment_id", "lifecycle_stage")));
        if (!shaped || (experiments.isEmpty() && !pages.root().bodyText().contains("MLflow"))) {
            return null;
        }
        String version = versionText(pages.get("/version"));
        return Identification.open(pages.protocol(), "MLflow " + version + " tracking API answers without authentication")
                .version(version).evidence(pages.evidence("MLflow experiments", EXPERIMENTS));
    }

    private static String versionText(HttpReply reply) {
        String text = ok(reply) ? reply.bodyText().strip() : "";
        return text.matches("\\d+\\.\\d+[\\w.]*") ? text : "";
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> experiments = list(pages, report, EXPERIMENTS, "experiment", e -> Json.array(e, "experiments"), "name");
        List<String> ids = new ArrayList<>(field(experiments, "experiment_id"));
        if (!ids.isEmpty()) {
            String query = "{\"experiment_ids\":" + Json.write(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                    ids.stream().limit(10).toList())) + ",\"max_results\":10}";
            HttpReply runs = pages.postReadOnlyQuery("/api/2.0/mlflow/runs/search", query);
            List<JsonNode> found = Json.array(Json.object(runs), "runs");
            report.fact(found.size() + " recent runs read");
            sample(report, "MLflow runs (params, tags, metrics)", "POST /api/2.0/mlflow/runs/search " + query, found);
        }
        report.capability(ARTIFACT_WRITE, "the tracking API on " + pages.endpoint().authority()
                + " takes runs, artifacts and model versions from anyone (not exercised)");
    }
}
