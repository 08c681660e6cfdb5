package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;

/**
 * Label Studio: {@code GET /version} answers {@code release} and {@code label-studio-os-package}; the API answers 401
 * "Authentication credentials were not provided." Sign-up is open by default, noted for the enrichment.
 */
final class LabelStudioCheck extends HttpProduct {

    LabelStudioCheck() {
        super("label-studio", "Label Studio", Severity.HIGH, """
                Disable open sign-up (LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true), use strong passwords or SSO, and \
                keep Label Studio off the internet; labelled data often holds customer text.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode v = pages.json("/version");
        if (!Json.has(v, "release") || !(v.has("label-studio-os-package") || v.has("label-studio-os-backend"))) {
            return null;
        }
        String version = Json.text(v, "release");
        HttpReply projects = pages.get("/api/projects");
        boolean open = ok(projects);
        boolean signup = pages.status("/user/signup/") == 200;
        return Identification.of(open, pages.protocol(), "Label Studio " + version
                        + (open ? " lists projects without a login" : " asks for a login")).version(version)
                .evidence(pages.evidence("Label Studio version", "/version"), pages.evidence("Label Studio projects", "/api/projects"))
                .with("loginPage", "/user/login/" + (signup ? "; sign-up open at /user/signup/" : ""));
    }
}
