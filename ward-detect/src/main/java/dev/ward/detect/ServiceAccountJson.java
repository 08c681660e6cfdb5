package dev.ward.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a private key sits in a Google service-account key file: near it, the fields {@code type} (with
 * value {@code service_account}), {@code project_id}, {@code private_key_id} (40 hex digits) and
 * {@code client_email} (an {@code iam.gserviceaccount.com} address). Project and account are kept as attributes.
 */
final class ServiceAccountJson {

    private static final int AROUND = 4096;
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s{0,4}:\\s{0,4}\"service_account\"");
    private static final Pattern PROJECT = Pattern.compile("\"project_id\"\\s{0,4}:\\s{0,4}\"([a-z][a-z0-9-]{3,62})\"");
    private static final Pattern KEY_ID = Pattern.compile("\"private_key_id\"\\s{0,4}:\\s{0,4}\"[a-f0-9]{40}\"");
    private static final Pattern EMAIL = Pattern.compile(
            "\"client_email\"\\s{0,4}:\\s{0,4}\"([a-z0-9-]{1,64}@[a-z0-9-]{1,64}\\.iam\\.gserviceaccount\\.com)\"");

    private ServiceAccountJson() {
    }

    static SecretCheck.Verdict check(CharSequence text, int start, int end) {
        CharSequence around = text.subSequence(Math.max(0, start - AROUND), Math.min(text.length(), end + AROUND));
        String key = text.subSequence(start, end).toString();
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher project = PROJECT.matcher(around);
        if (project.find()) {
            attributes.put("project_id", project.group(1));
        }
        Matcher email = EMAIL.matcher(around);
        if (email.find()) {
            attributes.put("client_email", email.group(1));
        }
        boolean complete = TYPE.matcher(around).find() && KEY_ID.matcher(around).find() && attributes.size() == 2
                && key.startsWith("-----BEGIN PRIVATE KEY-----");
        return complete ? SecretCheck.Verdict.valid(attributes) : SecretCheck.Verdict.patternOnly(attributes);
    }
}
