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
 * ComfyUI: {@code GET /system_stats} answers {@code system} (os, python_version, comfyui_version) and
 * {@code devices}. ComfyUI has no authentication; its prompt API runs any installed node, and custom-node managers
 * install code from the network.
 */
final class ComfyUiCheck extends HttpProduct {

    static final CheckInfo PROMPT_API = remoteCodeExecution("comfyui.prompt-api",
            "ComfyUI prompt and custom-node APIs open to anyone (remote code execution through nodes)",
            "Run ComfyUI with --listen 127.0.0.1 (the default), put an authenticating proxy in front for remote use, "
                    + "and remove or lock ComfyUI-Manager on shared machines.");

    ComfyUiCheck() {
        super("comfyui", "ComfyUI", Severity.HIGH, """
                ComfyUI has no authentication: keep --listen on 127.0.0.1 and reach it through an SSH tunnel or an \
                authenticating reverse proxy.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(PROMPT_API);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode stats = pages.json("/system_stats");
        if (!Json.has(stats, "system", "devices") || !Json.has(stats.get("system"), "os", "python_version")) {
            return null;
        }
        String version = Json.text(stats, "system", "comfyui_version");
        return Identification.open(pages.protocol(), "ComfyUI " + version + " open without authentication")
                .version(version).evidence(pages.evidence("ComfyUI system stats", "/system_stats"))
                .with("displayName", String.join(", ", field(Json.array(stats, "devices"), "name")));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        JsonNode history = pages.json("/history?max_items=5");
        List<JsonNode> prompts = history == null ? List.of() : List.copyOf(iterate(history));
        report.fact(prompts.size() + " recent prompts in history");
        sample(report, "ComfyUI prompt history", "GET /history?max_items=5", prompts);
        report.capability(PROMPT_API, "POST /prompt runs workflows with any installed node for any visitor (not exercised)");
    }

    private static List<JsonNode> iterate(JsonNode object) {
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        object.properties().forEach(e -> out.add(e.getValue()));
        return out;
    }
}
