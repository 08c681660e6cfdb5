package dev.ward.surface.clickhouse;

import dev.ward.surface.net.ProbeException;

/**
 * The Hello exchange that opens a native ClickHouse connection.
 *
 * <p>The client sends packet 0: client name, version major and minor, protocol revision, database, user, password.
 * The server answers packet 0: its name, version major and minor, revision, and then, depending on the lower of the
 * two revisions, the timezone (54058+), the display name (54372+) and the version patch (54401+). Ward speaks
 * revision {@value #CLIENT_REVISION}, below 54405, so servers send neither LowCardinality columns nor settings
 * serialised as strings.
 *
 * @param serverName  what the server calls itself, {@code ClickHouse} for the real thing
 * @param revision    the server's protocol revision
 */
public record NativeHello(String serverName, long major, long minor, long revision, String timezone,
                          String displayName, long patch) {

    public static final long CLIENT_REVISION = 54401;
    static final long CLIENT_MAJOR = 18;
    static final long CLIENT_MINOR = 16;
    static final String CLIENT_NAME = "Ward";

    static final long REVISION_WITH_TIMEZONE = 54058;
    static final long REVISION_WITH_DISPLAY_NAME = 54372;
    static final long REVISION_WITH_VERSION_PATCH = 54401;
    private static final int MAX_FIELD = 1024;

    /** Hello as user {@code default} with an empty password: exactly what an unauthenticated client sends. */
    static byte[] request(String user, String password) {
        return new NativeWriter().varUInt(NativePacket.CLIENT_HELLO)
                .string(CLIENT_NAME).varUInt(CLIENT_MAJOR).varUInt(CLIENT_MINOR).varUInt(CLIENT_REVISION)
                .string("").string(user).string(password).bytes();
    }

    /** Reads the server's Hello after its packet type. */
    static NativeHello read(NativeReader in) throws ProbeException {
        String name = in.string(MAX_FIELD, "server name");
        long major = in.varUInt();
        long minor = in.varUInt();
        long revision = in.varUInt();
        long effective = Math.min(revision, CLIENT_REVISION);
        String timezone = effective >= REVISION_WITH_TIMEZONE ? in.string(MAX_FIELD, "timezone") : "";
        String display = effective >= REVISION_WITH_DISPLAY_NAME ? in.string(MAX_FIELD, "display name") : "";
        long patch = effective >= REVISION_WITH_VERSION_PATCH ? in.varUInt() : -1;
        return new NativeHello(name, major, minor, revision, timezone, display, patch);
    }

    /** For example {@code 18.16.1}; {@code 18.16} when the server did not send a patch. */
    public String version() {
        return major + "." + minor + (patch >= 0 ? "." + patch : "");
    }

    public long effectiveRevision() {
        return Math.min(revision, CLIENT_REVISION);
    }

    public String describe() {
        return serverName + " " + version() + " revision " + revision
                + (timezone.isEmpty() ? "" : " timezone " + timezone)
                + (displayName.isEmpty() ? "" : " display name " + displayName);
    }
}
