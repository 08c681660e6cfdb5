package dev.ward.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** Reads a JWT's header and payload without trusting them: both must be JSON objects, the header must name an alg. */
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
        if (header == null || !header.path("alg").isTextual() || payload == null) {
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

    private static JsonNode decodeObject(String part) {
        int end = part.length();
        while (end > 0 && part.charAt(end - 1) == '=') {
            end--;
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(part.substring(0, end));
            JsonNode node = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }
}
