package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * Ray dashboard: {@code GET /api/version} answers {@code ray_version} and {@code ray_commit}. Ray has no
 * authentication; its Jobs API ({@code POST /api/jobs/}) runs any shell entrypoint on the cluster (ShadowRay,
 * CVE-2023-48022). Ward lists jobs (their entrypoints may hold keys) and flags submission without using it.
 */
final class RayDashboardCheck extends HttpProduct {

    static final CheckInfo JOB_SUBMISSION = remoteCodeExecution("ray.job-submission",
            "Ray job submission API open to anyone (remote code execution)",
            "Ray has no authentication: bind the dashboard to 127.0.0.1 (--dashboard-host=127.0.0.1), never expose "
                    + "port 8265 or the GCS/client ports, and reach it through SSH tunnels or an authenticating proxy.");

    RayDashboardCheck() {
        super("ray", "Ray dashboard", Severity.CRITICAL, """
                Ray has no authentication: bind the dashboard to 127.0.0.1 (--dashboard-host=127.0.0.1) and firewall \
                ports 8265, 6379, 10001; reach it through an SSH tunnel or an authenticating proxy.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(JOB_SUBMISSION);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/api/version");
        if (!Json.has(v, "ray_version", "ray_commit")) {
            return null;
        }
        String version = Json.text(v, "ray_version");
        return Identification.open(pages.protocol(), "Ray " + version + " dashboard answers without authentication")
                .version(version).evidence(pages.evidence("Ray version", "/api/version"))
                .with("displayName", Json.text(v, "session_name"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> jobs = list(pages, report, "/api/jobs/", "job", j -> Json.array(j), "submission_id");
        sample(report, "Ray job entrypoints, metadata and runtime envs", "GET /api/jobs/", jobs);
        report.capability(JOB_SUBMISSION, "POST /api/jobs/ on " + pages.endpoint().authority() + " would run any shell "
                + "command on the Ray cluster (not exercised)", pages.evidence("Ray version", "/api/version"));
    }
}
