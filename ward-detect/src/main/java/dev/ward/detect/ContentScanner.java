package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY stand-in so ward-redteam compiles before the real ward-detect lands; dropped at merge.
 * Only {@code standard().scan(text)} is part of the agreed API.
 */
public final class ContentScanner {

    private record Rule(String id, Category category, String label, String provider, Pattern pattern) {
    }

    private static final ContentScanner STANDARD = new ContentScanner(List.of(
            new Rule("aws-access-key-id", Category.SECRET, "API key", "AWS", Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b")),
            new Rule("openai-key", Category.SECRET, "API key", "OpenAI", Pattern.compile("\\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}")),
            new Rule("github-token", Category.SECRET, "token", "GitHub", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36}\\b")),
            new Rule("private-key", Category.SECRET, "private key", "", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Rule("email", Category.PII, "e-mail address", "", Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b")),
            new Rule("us-ssn", Category.PII, "social security number", "", Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b")),
            new Rule("card-number", Category.PII, "card number", "", Pattern.compile("\\b(?:\\d[ -]?){13,16}\\b"))));

    private final List<Rule> rules;

    private ContentScanner(List<Rule> rules) {
        this.rules = rules;
    }

    public static ContentScanner standard() {
        return STANDARD;
    }

    public List<Detection> scan(CharSequence text) {
        List<Detection> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                found.add(new Detection(rule.id(), rule.category(), rule.label(), rule.provider(), m.start(), m.end(), m.group()));
            }
        }
        return found;
    }
}
