package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;

/**
 * TensorBoard: {@code GET /data/environment} answers {@code data_location} and {@code window_title} (and the
 * version); {@code /data/runs} lists runs. TensorBoard has no authentication.
 */
final class TensorBoardCheck extends HttpProduct {

    TensorBoardCheck() {
        super("tensorboard", "TensorBoard", Severity.MEDIUM, """
                TensorBoard has no authentication: run it with --host 127.0.0.1 (the default) and reach it through an \
                SSH tunnel or an authenticating proxy.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode env = pages.json("/data/environment");
        if (!Json.has(env, "data_location", "window_title")) {
            return null;
        }
        String version = Json.text(env, "version");
        return Identification.open(pages.protocol(), "TensorBoard " + version + " shows training runs to anyone")
                .version(version).evidence(pages.evidence("TensorBoard environment", "/data/environment"))
                .with("displayName", Json.text(env, "window_title"));
    }

    @Override
    public void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
        report.fact("log directory " + Json.text(pages.json("/data/environment"), "data_location"));
        list(pages, report, "/data/runs", "run", Json::array, "");
    }
}
