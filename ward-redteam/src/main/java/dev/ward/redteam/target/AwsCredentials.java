package dev.ward.redteam.target;

import dev.ward.core.Redactor;
import java.util.Map;

/** An AWS access key pair, optionally with a session token, read from the standard environment variables. */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    public static AwsCredentials fromEnv(Map<String, String> env) {
        String id = env.get("AWS_ACCESS_KEY_ID");
        String secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
            return null;
        }
        String token = env.get("AWS_SESSION_TOKEN");
        return new AwsCredentials(id.trim(), secret.trim(), token == null || token.isBlank() ? null : token.trim());
    }

    @Override
    public String toString() {
        return "AwsCredentials[" + accessKeyId + ", secret=" + Redactor.mask(secretAccessKey) + (sessionToken == null ? "" : ", session") + "]";
    }
}
