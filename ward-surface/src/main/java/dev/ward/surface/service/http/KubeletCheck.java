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
 * The kubelet: {@code GET /pods} answers a {@code PodList} (on the read-only port 10255, or on 10250 when anonymous
 * auth is on); the authenticated port answers 401 {@code Unauthorized} while {@code /healthz} answers {@code ok}.
 * On the main port, open means {@code /run} and {@code /exec} run commands in any pod.
 */
final class KubeletCheck extends HttpProduct {

    static final CheckInfo EXEC = remoteCodeExecution("kubelet.exec",
            "kubelet accepts anonymous /run and /exec (commands in any pod on the node)",
            "Set --anonymous-auth=false and --authorization-mode=Webhook on every kubelet, set --read-only-port=0, "
                    + "and firewall 10250/10255 from everything but the control plane.");

    KubeletCheck() {
        super("kubelet", "kubelet", Severity.HIGH, """
                Set --anonymous-auth=false and --authorization-mode=Webhook, disable the read-only port \
                (--read-only-port=0) and firewall 10250/10255.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(EXEC);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply pods = pages.get("/pods");
        JsonNode list = Json.object(pods);
        if (ok(pods) && "PodList".equals(Json.text(list, "kind"))) {
            return Identification.open(pages.protocol(), "kubelet lists pods without authentication"
                    + (pages.protocol().equals("https") ? " (anonymous auth on the main port)" : " (read-only port)"))
                    .evidence(pages.evidence("kubelet pods", "/pods"));
        }
        HttpReply health = pages.get("/healthz");
        if (pods != null && pods.status() == 401 && pods.bodyText().strip().equals("Unauthorized")
                && ok(health) && health.bodyText().strip().equals("ok") && pages.protocol().equals("https")) {
            return Identification.authRequired(pages.protocol(), "kubelet asks for credentials")
                    .evidence(pages.evidence("kubelet pods refused", "/pods"));
        }
        return null;
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> pods = list(pages, report, "/pods", "pod", p -> Json.array(p, "items").stream()
                .map(i -> i.path("metadata")).toList(), "name");
        List<String> env = new ArrayList<>();
        Json.array(pages.json("/pods"), "items").forEach(p -> Json.array(p, "spec", "containers")
                .forEach(c -> Json.array(c, "env").forEach(e -> env.add(Json.text(e, "name") + "=" + Json.text(e, "value")))));
        report.scanSample("environment variables in pod specs", "GET /pods (spec.containers[].env)", env);
        report.property("pods", pods.size());
        if (pages.protocol().equals("https")) {
            report.capability(EXEC, "anonymous requests reach the kubelet's main API, so POST /run/<ns>/<pod>/<container> "
                    + "would run commands (not exercised)", pages.evidence("kubelet pods", "/pods"));
        }
    }
}
