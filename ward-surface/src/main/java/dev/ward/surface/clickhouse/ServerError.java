package dev.ward.surface.clickhouse;

import dev.ward.surface.net.ProbeException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exception ClickHouse reported, over either protocol: its numeric code, name and first line of message.
 * The stack trace a native server sends is read and dropped.
 */
public record ServerError(int code, String name, String message) {

    /**
     * Codes that mean "who are you": 192 UNKNOWN_USER, 193 WRONG_PASSWORD, 194 REQUIRED_PASSWORD,
     * 195 IP_ADDRESS_NOT_ALLOWED, 497 ACCESS_DENIED, 516 AUTHENTICATION_FAILED.
     */
    static final Set<Integer> AUTH_CODES = Set.of(192, 193, 194, 195, 497, 516);
    /** 164 READONLY: the user is read-only already and may not change settings, not even {@code readonly}. */
    static final int READONLY = 164;

    private static final Pattern HTTP_ERROR = Pattern.compile("Code: (\\d{1,5})[.,]\\s*(?:e\\.displayText\\(\\) = )?(.*)");
    private static final int MAX_NESTED = 8;

    public boolean isAuthentication() {
        return AUTH_CODES.contains(code);
    }

    /** {@code Code: 193 Wrong password for user default}, cut to one short line. */
    public String summary() {
        String m = message.replaceAll("\\s+", " ").replaceFirst(", e\\.what\\(\\) = DB::Exception$", "").trim();
        m = m.startsWith("DB::Exception: ") ? m.substring("DB::Exception: ".length()) : m;
        return "Code: " + code + " " + (m.length() > 160 ? m.substring(0, 160) + "…" : m);
    }

    /** The exception in an HTTP body, such as {@code Code: 193, e.displayText() = DB::Exception: Wrong password ...}. */
    static ServerError fromHttpBody(String body) {
        Matcher m = HTTP_ERROR.matcher(body.strip());
        if (!m.lookingAt()) {
            return null;
        }
        String first = m.group(2).lines().findFirst().orElse("");
        return new ServerError(Integer.parseInt(m.group(1)), "", first);
    }

    /** Reads a native Exception packet (after its type): code, name, message, stack trace, has_nested. */
    static ServerError read(NativeReader in) throws ProbeException {
        ServerError first = null;
        for (int depth = 0; depth < MAX_NESTED; depth++) {
            int code = in.int32();
            String name = in.string(1024, "exception name");
            String message = in.string(256 * 1024, "exception message");
            in.skip(in.count(4L * 1024 * 1024, "stack trace length"));
            boolean nested = in.uint8() != 0;
            if (first == null) {
                first = new ServerError(code, name, message);
            }
            if (!nested) {
                return first;
            }
        }
        throw ProbeException.unidentified("native exception nested more than " + MAX_NESTED + " deep");
    }
}
