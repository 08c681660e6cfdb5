package dev.ward.redteam.doubles;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TEST DOUBLE helper: checks an AWS SigV4 Authorization header the way the service does, recomputing it from the
 * request bytes as received. Written separately from Ward's signer so the two are not the same code.
 */
final class SigV4Verifier {

    private static final Pattern AUTH = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private SigV4Verifier() {
    }

    /** Null when the signature is valid; otherwise what is wrong. */
    static String problem(HttpExchange exchange, byte[] body, String accessKey, String secret) {
        String header = exchange.getRequestHeaders().getFirst("authorization");
        if (header == null) {
            return "no authorization header";
        }
        Matcher m = AUTH.matcher(header);
        if (!m.matches()) {
            return "malformed authorization header";
        }
        if (!m.group(1).equals(accessKey)) {
            return "unknown access key";
        }
        String amzDate = exchange.getRequestHeaders().getFirst("x-amz-date");
        if (amzDate == null || !amzDate.startsWith(m.group(2))) {
            return "x-amz-date missing or not matching the scope";
        }
        if (!m.group(4).equals("bedrock")) {
            return "wrong service " + m.group(4);
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : m.group(5).split(";")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value == null) {
                return "signed header " + name + " not sent";
            }
            canonicalHeaders.append(name).append(':').append(value.trim()).append('\n');
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : exchange.getRequestURI().getRawPath().split("/", -1)) {
            uri.append(uri.isEmpty() && segment.isEmpty() ? "" : "/").append(uriEncode(segment));
        }
        String canonical = "POST\n" + uri + "\n\n" + canonicalHeaders + "\n" + m.group(5) + "\n" + hex(sha256(body));
        String scope = m.group(2) + "/" + m.group(3) + "/" + m.group(4) + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), m.group(2));
        key = hmac(key, m.group(3));
        key = hmac(key, m.group(4));
        key = hmac(key, "aws4_request");
        return hex(hmac(key, toSign)).equals(m.group(6)) ? null : "signature mismatch";
    }

    private static String uriEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
