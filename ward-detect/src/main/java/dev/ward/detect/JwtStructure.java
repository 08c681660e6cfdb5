package dev.ward.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Reads a JWT's header and payload without trusting them: both must be JSON objects, the header must name an alg. A
 * signed token whose header is damaged but still opens with its alg is kept at pattern-only confidence.
 */
final class JwtStructure {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtStructure() {
    }

    static SecretCheck.Verdict check(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return SecretCheck.Verdict.REJECT;
        }
        JsonNode header = decodeObject(parts[0]);
        JsonNode payload = decodeObject(parts[1]);
        if (payload == null) {
            return SecretCheck.Verdict.REJECT;
        }
        if (header == null) {
            // A header damaged in transit (a few corrupted bytes) that still opens with its alg: with a JSON payload
            // and a signature the token is kept, at pattern-only confidence.
            return damagedHeader(parts[0]) && !parts[2].isEmpty() ? SecretCheck.Verdict.UNCHECKED
                    : SecretCheck.Verdict.REJECT;
        }
        if (!header.path("alg").isTextual()) {
            return SecretCheck.Verdict.REJECT;
        }
        JsonNode exp = payload.path("exp");
        if (exp.isNumber()) {
            Instant expiry = Instant.ofEpochSecond(Math.max(0, Math.min(exp.asLong(), 253402300799L)));
            Map<String, String> attributes = Map.of("expires_at", expiry.toString(),
                    "expired", Boolean.toString(expiry.isBefore(Instant.now())));
            return expiry.isBefore(Instant.now()) ? SecretCheck.Verdict.patternOnly(attributes)
                    : SecretCheck.Verdict.valid(attributes);
        }
        return SecretCheck.Verdict.VALID;
    }

    /** A header that is not JSON but still reads as one: it opens with {@code {"alg":} and closes with a brace. */
    private static boolean damagedHeader(String part) {
        byte[] raw = decode(part);
        if (raw == null) {
            return false;
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        return text.startsWith("{\"alg\":") && text.endsWith("}");
    }

    private static byte[] decode(String part) {
        int end = part.length();
        while (end > 0 && part.charAt(end - 1) == '=') {
            end--;
        }
        try {
            return Base64.getUrlDecoder().decode(part.substring(0, end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode decodeObject(String part) {
        byte[] json = decode(part);
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
