package dev.ward.redteam.target;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for header-signed requests, written against the JDK only.
 * Signs {@code host}, {@code content-type} when present and every {@code x-amz-*} header.
 */
public final class SigV4Signer implements RequestSigner {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final AwsCredentials credentials;
    private final String region;
    private final String service;
    private final Clock clock;

    public SigV4Signer(AwsCredentials credentials, String region, String service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
        return sign(method, uri, headers, body, clock.instant());
    }

    /** The headers to add: {@code x-amz-date}, the session token if any, and {@code authorization}. */
    public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body, Instant at) {
        String amzDate = AMZ_DATE.format(at);
        Map<String, String> added = new LinkedHashMap<>();
        added.put("x-amz-date", amzDate);
        if (credentials.sessionToken() != null) {
            added.put("x-amz-security-token", credentials.sessionToken());
        }
        TreeMap<String, String> signed = new TreeMap<>();
        signed.put("host", hostHeader(uri));
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-type") || lower.startsWith("x-amz-")) {
                signed.put(lower, value);
            }
        });
        added.forEach(signed::put);
        String signedHeaders = String.join(";", signed.keySet());
        String canonical = canonicalRequest(method, uri, signed, signedHeaders, hex(sha256(body)));
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        String signature = hex(hmac(signingKey(credentials.secretAccessKey(), amzDate.substring(0, 8), region, service), stringToSign));
        added.put("authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return added;
    }

    static String canonicalRequest(String method, URI uri, TreeMap<String, String> signed, String signedHeaders, String payloadHash) {
        StringBuilder headerBlock = new StringBuilder();
        signed.forEach((name, value) -> headerBlock.append(name).append(':').append(value.trim().replaceAll("\\s+", " ")).append('\n'));
        return method + "\n" + canonicalUri(uri) + "\n" + canonicalQuery(uri.getRawQuery()) + "\n"
                + headerBlock + "\n" + signedHeaders + "\n" + payloadHash;
    }

    /** Every service but S3 encodes each path segment a second time, so {@code %3A} in the path signs as {@code %253A}. */
    static String canonicalUri(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || raw.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(new String[] {encode(name), encode(value)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            out.append(out.isEmpty() ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    /** RFC 3986 encoding of everything but the unreserved characters, as SigV4 requires. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String hostHeader(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        return hmac(key, "aws4_request");
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
