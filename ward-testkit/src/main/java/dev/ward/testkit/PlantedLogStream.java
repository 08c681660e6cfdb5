package dev.ward.testkit;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code log_stream} table shaped like the one found open at DeepSeek in January 2025 ({@code timestamp},
 * {@code span_name}, Nested {@code string} with {@code names}/{@code values}, {@code _service}, {@code _source}),
 * holding fake keys made fresh for every run: 3 OpenAI project keys, 2 DeepSeek keys, 2 AWS access key ids, one chat
 * transcript and 3 e-mail addresses, all in the first rows so a 20-row sample sees them, then benign filler rows.
 * Plus {@code analytics.metrics}, a table with nothing interesting in its name or columns.
 */
public final class PlantedLogStream {

    public static final int LOG_ROWS = 1000;
    public static final int METRIC_ROWS = 200;
    public static final int OPENAI_KEYS = 3;
    public static final int DEEPSEEK_KEYS = 2;
    public static final int AWS_KEYS = 2;
    public static final int EMAILS = 3;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final List<String> secrets = new ArrayList<>();

    /** Every planted value that must never appear in full in Ward's output. */
    public List<String> secrets() {
        return List.copyOf(secrets);
    }

    public void load(ClickHouseServerFixture server) throws IOException, InterruptedException {
        server.execute("CREATE TABLE default.log_stream (timestamp DateTime, span_name String, "
                + "string Nested(names String, values String), _service String, _source String) "
                + "ENGINE = MergeTree ORDER BY timestamp");
        server.execute("CREATE DATABASE analytics");
        server.execute("CREATE TABLE analytics.metrics (ts DateTime, name String, value Float64) ENGINE = MergeTree ORDER BY ts");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < OPENAI_KEYS; i++) {
            // The real project-key shape: 74 characters either side of the T3BlbkFJ marker.
            String key = "sk-proj-" + random(ALNUM + "_-", 74) + "T3BlbkFJ" + random(ALNUM + "_-", 74);
            values.add(row(values.size(), "openai.chat", "upstream_auth", "provider=openai key=" + key));
        }
        for (int i = 0; i < DEEPSEEK_KEYS; i++) {
            String key = "sk-" + random("0123456789abcdef", 32);
            values.add(row(values.size(), "deepseek.auth", "api_key", "deepseek api_key=" + key));
        }
        for (int i = 0; i < AWS_KEYS; i++) {
            String key = "AKIA" + random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
            values.add(row(values.size(), "s3.upload", "aws_access_key_id", "aws_access_key_id=" + key));
        }
        String transcript = "[{\"role\":\"user\",\"content\":\"my account number is 12345, can you help?\"},"
                + "{\"role\":\"assistant\",\"content\":\"Sure, let me look at it.\"}]";
        values.add(row(values.size(), "chat.history", "messages", transcript));
        for (String mail : List.of("li.wei", "zhang.min", "wang.fang")) {
            String address = mail + "@example.cn";
            values.add(row(values.size(), "user.profile", "email", "contact=" + address));
            secrets.add(address);
        }
        while (values.size() < LOG_ROWS) {
            values.add("(toDateTime('2025-01-02 00:00:00') + " + values.size() + ", 'http.request', ['path','status'],"
                    + " ['/v1/health','200'], 'api-gateway', 'nginx')");
        }
        server.execute("INSERT INTO default.log_stream VALUES " + String.join(", ", values));
        server.execute("INSERT INTO analytics.metrics SELECT toDateTime('2025-01-01 00:00:00') + number, 'qps', number / 3"
                + " FROM system.numbers LIMIT " + METRIC_ROWS);
    }

    private String row(int i, String span, String name, String value) {
        if (!value.startsWith("[") && !value.startsWith("contact=")) {
            secrets.add(value.substring(value.lastIndexOf('=') + 1));
        }
        return "(toDateTime('2025-01-01 00:00:00') + " + i + ", '" + span + "', ['" + name + "'], ['"
                + value.replace("\\", "\\\\").replace("'", "\\'") + "'], 'deepseek-chat-api', 'log-collector')";
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
