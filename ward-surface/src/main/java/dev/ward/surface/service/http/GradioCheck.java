package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;
import java.util.List;

/**
 * Gradio: {@code GET /config} answers the app's layout with {@code components}, {@code dependencies} and {@code mode};
 * an app launched with {@code auth=} answers {@code auth_required: true} instead.
 */
final class GradioCheck extends HttpProduct {

    GradioCheck() {
        super("gradio", "Gradio app", Severity.MEDIUM, """
                Launch with auth=(user, password) or an auth function, do not use share=True for internal tools, bind \
                server_name="127.0.0.1", and put a reverse proxy with authentication in front.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode config = pages.json("/config");
        if (config == null) {
            return null;
        }
        if (config.path("auth_required").asBoolean(false)) {
            return Identification.authRequired(pages.protocol(), "Gradio app asks for a login")
                    .evidence(pages.evidence("Gradio config", "/config")).with("loginPage", "/login");
        }
        if (!Json.has(config, "components", "dependencies", "mode")) {
            return null;
        }
        String version = Json.text(config, "version");
        return Identification.open(pages.protocol(), "Gradio " + version + " app open without a login")
                .version(version).evidence(pages.evidence("Gradio config", "/config"))
                .with("displayName", Json.text(config, "title"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        JsonNode config = pages.json("/config");
        List<JsonNode> apis = Json.array(config, "dependencies").stream()
                .filter(d -> d.path("api_name").isTextual()).toList();
        report.fact(counted(apis.size(), "callable API function", field(apis, "api_name")));
        report.fact(Json.array(config, "components").size() + " UI components");
    }
}
