package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;
import dev.ward.surface.service.Json;

/**
 * Streamlit: {@code GET /_stcore/host-config} answers {@code allowedOrigins} and {@code useExternalAuthToken}, and
 * {@code /_stcore/health} answers {@code ok}. Streamlit has no authentication of its own.
 */
final class StreamlitCheck extends HttpProduct {

    StreamlitCheck() {
        super("streamlit", "Streamlit app", Severity.MEDIUM, """
                Streamlit has no authentication: put the app behind an authenticating proxy or use st.login with an \
                identity provider, and bind server.address to 127.0.0.1 for internal tools.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        JsonNode config = pages.json("/_stcore/host-config");
        if (!Json.has(config, "allowedOrigins", "useExternalAuthToken")) {
            return null;
        }
        return Identification.open(pages.protocol(), "Streamlit app open to anyone")
                .evidence(pages.evidence("Streamlit host config", "/_stcore/host-config"),
                        pages.evidence("Streamlit health", "/_stcore/health"));
    }
}
