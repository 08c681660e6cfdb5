package dev.ward.detect;

import java.util.Random;

/** Deterministic text that looks like source code and config, with no secrets in it, for timing scans. */
final class SourceLikeText {

    private static final String[] LINES = {
        "import java.util.List;",
        "public final class OrderService implements Service {",
        "    private static final int MAX_RETRIES = 3; // see issue #1234",
        "    String url = \"https://api.example.com/v2/orders?page=\" + page;",
        "    if (response.status() == 200 && body.length() > 0) {",
        "        log.info(\"processed {} orders in {} ms\", count, elapsed);",
        "version: 1.22.3",
        "timeout_ms: 30000",
        "aws_region: eu-central-1",
        "model: deepseek-chat  # provider: deepseek",
        "created_at: 2024-01-15T10:30:00Z",
        "host: 10.0.12.7:8080",
        "def handler(event, context):",
        "    return {\"statusCode\": 200, \"body\": json.dumps(result)}",
        "SELECT id, name, price FROM products WHERE category_id = 42;",
        "const token = process.env.API_TOKEN ?? '';",
        "# TODO: rotate the keys before release",
        "checksum: 3f2a9c1d0b8e7f6a5d4c3b2a1f0e9d8c7b6a5f4e",
        "}",
    };

    private SourceLikeText() {
    }

    static String generate(int chars) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(chars + 200);
        while (text.length() < chars) {
            text.append(LINES[random.nextInt(LINES.length)]).append(' ').append(random.nextInt(100_000)).append('\n');
        }
        return text.toString();
    }
}
