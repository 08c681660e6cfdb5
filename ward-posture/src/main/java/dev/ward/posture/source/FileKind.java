package dev.ward.posture.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** The configuration formats Ward reads, told apart by name and by the first few kilobytes of content. */
public enum FileKind {
    TERRAFORM,
    CLICKHOUSE_XML,
    KUBERNETES_YAML,
    DOCKER_COMPOSE,
    /** Not a format Ward has checks for. */
    OTHER;

    private static final int SNIFF_CHARS = 16 * 1024;
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:\\s*\\S");
    private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*\\S");
    private static final Pattern SERVICES = Pattern.compile("(?m)^services:\\s*(#.*)?$");
    private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*)[\\s>/]");
    private static final Pattern CLICKHOUSE_TAGS = Pattern.compile(
            "<(listen_host|tcp_port|http_port|users_config|user_directories|profiles|quotas|networks|access_management)[\\s>/]");

    /** The kind of a file, from its name and the start of its text. */
    public static FileKind sniff(Path path, CharSequence head) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String start = head.length() > SNIFF_CHARS ? head.subSequence(0, SNIFF_CHARS).toString() : head.toString();
        if (name.endsWith(".tf")) {
            return TERRAFORM;
        }
        if (name.endsWith(".xml")) {
            return isClickHouseXml(start) ? CLICKHOUSE_XML : OTHER;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            if (API_VERSION.matcher(start).find() && KIND.matcher(start).find()) {
                return KUBERNETES_YAML;
            }
            return SERVICES.matcher(start).find() ? DOCKER_COMPOSE : OTHER;
        }
        return OTHER;
    }

    /** How many characters {@link #sniff} looks at. */
    public static int sniffLength() {
        return SNIFF_CHARS;
    }

    private static boolean isClickHouseXml(String start) {
        String body = start.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "");
        var root = XML_ROOT.matcher(body);
        if (!root.find()) {
            return false;
        }
        String element = root.group(1);
        if (element.equals("clickhouse") || element.equals("yandex")) {
            return true;
        }
        return element.equals("config") && CLICKHOUSE_TAGS.matcher(body).find();
    }
}
