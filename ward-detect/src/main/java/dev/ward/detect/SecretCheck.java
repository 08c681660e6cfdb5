package dev.ward.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Structural checks a regex cannot express, named by a rule's {@code check} field. */
public enum SecretCheck {
    NONE {
        @Override
        boolean accepts(String secret) {
            return true;
        }
    },
    /** A JSON Web Token: the first dot-separated part decodes to a JSON object with an {@code alg} member. */
    JWT {
        @Override
        boolean accepts(String secret) {
            int dot = secret.indexOf('.');
            if (dot <= 0) {
                return false;
            }
            try {
                byte[] header = Base64.getUrlDecoder().decode(stripPadding(secret.substring(0, dot)));
                JsonNode node = JSON.readTree(new String(header, StandardCharsets.UTF_8));
                return node != null && node.isObject() && node.path("alg").isTextual();
            } catch (IllegalArgumentException | java.io.IOException e) {
                return false;
            }
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    abstract boolean accepts(String secret);

    static SecretCheck parse(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String stripPadding(String part) {
        int end = part.length();
        while (end > 0 && part.charAt(end - 1) == '=') {
            end--;
        }
        return part.substring(0, end);
    }
}
