package dev.ward.surface.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Evidence;
import dev.ward.surface.Endpoint;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.HttpSession;
import dev.ward.surface.net.ProbeException;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTTP replies of one endpoint, each path fetched at most once and shared by every check that asks for it, over
 * one kept-alive connection where the server allows. A path that fails (reset, garbage) reads as absent so the
 * next check still gets its turn; a spent time budget ends everything.
 */
public final class HttpPages {

    private static final int EXCERPT = 600;

    private final HttpSession session;
    private final Map<String, HttpReply> fetched = new HashMap<>();
    private final Map<String, ProbeException> failed = new HashMap<>();

    public HttpPages(HttpSession session, HttpReply root) {
        this.session = session;
        fetched.put("/", root);
    }

    public Endpoint endpoint() {
        return session.endpoint();
    }

    public String protocol() {
        return session.tls() ? "https" : "http";
    }

    public HttpSession session() {
        return session;
    }

    public HttpReply root() {
        return fetched.get("/");
    }

    /** The reply to {@code GET path}, or null when the path could not be read. */
    public HttpReply get(String path) throws ProbeException {
        if (fetched.containsKey(path)) {
            return fetched.get(path);
        }
        if (failed.containsKey(path)) {
            return null;
        }
        if (session.budget().expired()) {
            throw ProbeException.unidentified("time budget used up while naming the HTTP service");
        }
        try {
            HttpReply reply = session.get(path);
            fetched.put(path, reply);
            return reply;
        } catch (ProbeException e) {
            if (e.isConnectFailure()) {
                throw e;
            }
            failed.put(path, e);
            return null;
        }
    }

    /** The reply to {@code GET path} as a JSON object, or null. */
    public JsonNode json(String path) throws ProbeException {
        return Json.object(get(path));
    }

    public int status(String path) throws ProbeException {
        HttpReply reply = get(path);
        return reply == null ? -1 : reply.status();
    }

    /** A POST to a read-only query endpoint; not cached. */
    public HttpReply postReadOnlyQuery(String path, String json) throws ProbeException {
        return session.postReadOnlyQuery(path, json);
    }

    /** The exchange for {@code GET path} as evidence: the request and the reply head and body excerpt, redacted. */
    public Evidence evidence(String label, String path) throws ProbeException {
        HttpReply reply = get(path);
        return evidence(label, "GET", path, reply);
    }

    public Evidence evidence(String label, String method, String path, HttpReply reply) {
        String request = method + " " + path + " HTTP/1.1\nHost: " + endpoint().authority();
        if (reply == null) {
            return Evidence.of(label, request, "(no usable reply)");
        }
        String body = reply.bodyText();
        return Evidence.of(label, request, reply.head() + "\n" + (body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body));
    }

    /** The exchange with only the status line and a note instead of the body, for replies that carry sampled data. */
    public Evidence evidenceWithoutBody(String label, String method, String path, HttpReply reply, String note) {
        String request = method + " " + path + " HTTP/1.1\nHost: " + endpoint().authority();
        String head = reply == null ? "(no usable reply)" : "HTTP " + reply.status() + " " + reply.reason() + ", "
                + reply.body().length + " bytes" + (reply.truncated() ? " (cut)" : "");
        return Evidence.of(label, request, head + "\n" + note);
    }
}
