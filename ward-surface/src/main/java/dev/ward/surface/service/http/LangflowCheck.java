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
 * Langflow: {@code GET /api/v1/version} answers {@code package: Langflow}. With AUTO_LOGIN on (the default) anyone
 * gets a superuser session from {@code /api/v1/auto_login}; Ward only reads whether that endpoint hands one out, and
 * never shows it. Langflow runs Python from flows and its code-validation endpoint (CVE-2025-3248).
 */
final class LangflowCheck extends HttpProduct {

    static final CheckInfo CODE_EXECUTION = remoteCodeExecution("langflow.code-execution",
            "Langflow runs Python for anyone who reaches it (custom components, /api/v1/validate/code)",
            "Set LANGFLOW_AUTO_LOGIN=false with LANGFLOW_SUPERUSER and a strong password, upgrade to 1.3.0 or later, "
                    + "and keep Langflow behind an authenticating proxy.");

    LangflowCheck() {
        super("langflow", "Langflow", Severity.CRITICAL, """
                Set LANGFLOW_AUTO_LOGIN=false, create a superuser with a strong password (LANGFLOW_SUPERUSER / \
                LANGFLOW_SUPERUSER_PASSWORD), upgrade to 1.3.0+, and do not expose port 7860.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(CODE_EXECUTION);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/api/v1/version");
        if (!"Langflow".equalsIgnoreCase(Json.text(v, "package"))) {
            return null;
        }
        String version = Json.text(v, "version");
        HttpReply auto = pages.get("/api/v1/auto_login");
        boolean open = ok(auto) && Json.has(Json.object(auto), "access_token");
        return Identification.of(open, pages.protocol(), "Langflow " + version + (open
                        ? " hands a superuser session to anyone (AUTO_LOGIN)" : " asks for a login"))
                .version(version).evidence(pages.evidence("Langflow version", "/api/v1/version"),
                        pages.evidenceWithoutBody("Langflow auto login", "GET", "/api/v1/auto_login", auto,
                                open ? "answered with an access token (not shown, not used)" : "no session handed out"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        report.fact("AUTO_LOGIN gives every visitor a superuser session");
        report.capability(CODE_EXECUTION, "Langflow " + id.version() + " runs Python from custom components and "
                + "/api/v1/validate/code for any visitor (not exercised)");
    }
}
