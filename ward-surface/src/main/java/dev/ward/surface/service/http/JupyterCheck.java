package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.CheckInfo;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * Jupyter Notebook, JupyterLab and Jupyter Server: {@code GET /api} answers only {@code {"version": …}} and the REST
 * API lives under it: {@code /api/kernelspecs} lists kernels, or answers 403 with Jupyter's {@code message} object
 * when a token or password is set. Lab and Notebook are told apart by where GET / redirects. An open kernel or
 * terminal API is remote code execution.
 */
final class JupyterCheck extends HttpProduct {

    static final CheckInfo KERNEL_API = remoteCodeExecution("jupyter.kernel-api",
            "Jupyter kernel and terminal API open to anyone (remote code execution)",
            "Set a token or password (c.ServerApp.token / c.NotebookApp.token, or jupyter server password), never run "
                    + "with --NotebookApp.token='' on a reachable address, bind --ip=127.0.0.1 and reach it through SSH "
                    + "tunnels or JupyterHub.");

    JupyterCheck() {
        super("jupyter", "Jupyter", dev.ward.core.Severity.CRITICAL, """
                Set a token or password (jupyter server password), bind --ip=127.0.0.1, and use JupyterHub or an SSH \
                tunnel for remote access. An open Jupyter runs code for anyone.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(KERNEL_API);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode api = pages.json("/api");
        if (api == null || api.size() != 1 || Json.text(api, "version").isEmpty()) {
            return null;
        }
        HttpReply specs = pages.get("/api/kernelspecs");
        JsonNode body = Json.object(specs);
        boolean open = ok(specs) && Json.has(body, "kernelspecs");
        boolean locked = refused(specs) && body != null && body.has("message");
        if (!open && !locked) {
            return null;
        }
        String location = String.valueOf(pages.root().header("location"));
        String flavour = location.contains("/lab") ? "JupyterLab" : location.contains("/tree") ? "Jupyter Notebook" : "Jupyter Server";
        String version = Json.text(api, "version");
        Identification id = Identification.of(open, pages.protocol(), open
                        ? flavour + " " + version + " runs kernels for anyone: no token or password"
                        : flavour + " " + version + " asks for a token or password")
                .version(version).evidence(pages.evidence("Jupyter API version", "/api"),
                        pages.evidence("Jupyter kernelspecs", "/api/kernelspecs"))
                .with("displayName", flavour);
        return location.contains("/login") ? id.with("loginPage", location) : id;
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        list(pages, report, "/api/kernelspecs", "kernel spec", k -> List.copyOf(iterable(k.get("kernelspecs"))), "name");
        list(pages, report, "/api/kernels", "running kernel", Json::array, "name");
        List<JsonNode> files = list(pages, report, "/api/contents", "file", c -> Json.array(c, "content"), "name");
        report.scanSample("Jupyter file names in the server root", "GET /api/contents", field(files, "name"));
        HttpReply terminals = pages.get("/api/terminals");
        report.capability(KERNEL_API, "POST /api/kernels and the kernel websocket run any code"
                        + (ok(terminals) ? "; /api/terminals gives a shell" : "") + " (not exercised)",
                pages.evidence("Jupyter kernelspecs", "/api/kernelspecs"));
    }

    private static List<JsonNode> iterable(JsonNode node) {
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.add(e.getValue()));
        }
        return out;
    }
}
