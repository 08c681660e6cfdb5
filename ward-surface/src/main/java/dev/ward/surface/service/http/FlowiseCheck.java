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
 * Flowise: {@code GET /api/v1/ping} answers {@code pong} and {@code /api/v1/version} the version. Without
 * FLOWISE_USERNAME/PASSWORD (1.x/2.x) {@code /api/v1/chatflows} lists flows to anyone; otherwise 401
 * "Unauthorized Access". Open Flowise runs JavaScript from custom function nodes.
 */
final class FlowiseCheck extends HttpProduct {

    static final CheckInfo CODE_EXECUTION = remoteCodeExecution("flowise.code-execution",
            "Flowise runs JavaScript for anyone who reaches it (custom function and MCP nodes)",
            "Set FLOWISE_USERNAME and FLOWISE_PASSWORD (or the 3.x user accounts), upgrade Flowise, and keep it behind "
                    + "an authenticating proxy.");

    FlowiseCheck() {
        super("flowise", "Flowise", Severity.CRITICAL, """
                Set FLOWISE_USERNAME/FLOWISE_PASSWORD (Flowise 3: create the admin account at once), upgrade, and do \
                not expose port 3000. Rotate every credential stored in Flowise.""");
    }

    @Override
    public List<CheckInfo> capabilities() {
        return List.of(CODE_EXECUTION);
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply ping = pages.get("/api/v1/ping");
        boolean pong = ok(ping) && ping.bodyText().strip().equals("pong");
        JsonNode v = pages.json("/api/v1/version");
        if (!pong || (v != null && Json.text(v, "version").isEmpty())) {
            return null;
        }
        if (v == null && !pages.root().bodyText().contains("Flowise")) {
            return null;
        }
        String version = Json.text(v, "version");
        HttpReply flows = pages.get("/api/v1/chatflows");
        boolean open = ok(flows) && Json.parse(flows) != null && Json.parse(flows).isArray();
        return Identification.of(open, pages.protocol(), "Flowise " + version + (open ? " lists chatflows without a login"
                        : " asks for a login")).version(version)
                .evidence(pages.evidence("Flowise ping", "/api/v1/ping"), pages.evidence("Flowise chatflows", "/api/v1/chatflows"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        List<JsonNode> flows = list(pages, report, "/api/v1/chatflows", "chatflow", Json::array, "name");
        sample(report, "Flowise chatflow definitions", "GET /api/v1/chatflows", flows);
        HttpReply keys = pages.get("/api/v1/apikey");
        JsonNode keyList = Json.parse(keys);
        if (ok(keys) && keyList != null && keyList.isArray()) {
            sample(report, "Flowise API keys", "GET /api/v1/apikey", Json.array(keyList));
        }
        report.capability(CODE_EXECUTION, "flows with custom function nodes run JavaScript on the server for any visitor (not exercised)");
    }
}
