package dev.ward.surface.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.BlastRadiusReport;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.HttpServiceCheck;
import dev.ward.surface.service.Json;
import dev.ward.surface.service.ServiceCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Shared helpers for services recognised over HTTP; each subclass holds one product's facts. */
abstract class HttpProduct extends ServiceCheck implements HttpServiceCheck {

    static final int NAMES_SHOWN = 8;

    HttpProduct(String id, String product, Severity severity, String remediation) {
        super(id, product, severity, remediation);
    }

    static boolean refused(int status) {
        return status == 401 || status == 403;
    }

    static boolean refused(HttpReply reply) {
        return reply != null && refused(reply.status());
    }

    static boolean ok(HttpReply reply) {
        return reply != null && reply.status() == 200;
    }

    /** "3 models: a, b, c" with at most {@value #NAMES_SHOWN} names. */
    static String counted(int count, String noun, List<String> names) {
        String shown = names.stream().limit(NAMES_SHOWN).reduce((a, b) -> a + ", " + b).orElse("");
        return count + " " + noun + (count == 1 ? "" : "s") + (shown.isEmpty() ? "" : ": " + shown + (names.size() > NAMES_SHOWN ? ", …" : ""));
    }

    static List<String> field(List<JsonNode> nodes, String name) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> {
            String v = n.isTextual() ? n.asText() : Json.text(n, name);
            if (!v.isEmpty()) {
                out.add(v);
            }
        });
        return out;
    }

    /** Lists what a GET returns as a fact and as evidence (names of things are shown; data is not). */
    static List<JsonNode> list(HttpPages pages, BlastRadiusReport report, String path, String noun,
                               Function<JsonNode, List<JsonNode>> items, String nameField) throws ProbeException {
        HttpReply reply = pages.get(path);
        JsonNode body = Json.parse(reply);
        if (!ok(reply) || body == null) {
            return List.of();
        }
        List<JsonNode> found = items.apply(body);
        List<String> names = field(found, nameField);
        report.fact(counted(found.size(), noun, names));
        report.evidence(dev.ward.core.Evidence.of(noun + "s listed", "GET " + path, counted(found.size(), noun, names)));
        return found;
    }

    /** Scans JSON that carries data (documents, payloads, params) and keeps only masked detections as evidence. */
    static void sample(BlastRadiusReport report, String label, String request, List<JsonNode> items) {
        report.scanSample(label, request, items.stream().map(Json::write).toList());
    }

    static String pathSegment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
