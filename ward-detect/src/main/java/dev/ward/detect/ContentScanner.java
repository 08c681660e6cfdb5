package dev.ward.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEMPORARY stand-in so ward-surface can build; the real ContentScanner from feat/detect replaces this file. */
public final class ContentScanner {

    private static final ContentScanner STANDARD = new ContentScanner();
    private static final Pattern OPENAI = Pattern.compile("sk-(?:proj-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}");
    private static final Pattern HEX_KEY = Pattern.compile("\\bsk-[a-f0-9]{32}\\b");
    private static final Pattern AWS = Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b");
    private static final Pattern EMAIL = Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b");
    private static final Pattern ROLE = Pattern.compile("[\"']?role[\"']?\\s*[:=]\\s*[\"']?(user|assistant|system)\\b");

    public static ContentScanner standard() {
        return STANDARD;
    }

    public List<Detection> scan(CharSequence text) {
        List<Detection> out = new ArrayList<>();
        String s = text.toString();
        add(out, OPENAI.matcher(s), "openai-key", Category.SECRET, "API key", "OpenAI");
        Matcher hex = HEX_KEY.matcher(s);
        while (hex.find()) {
            int from = Math.max(0, hex.start() - 120);
            int to = Math.min(s.length(), hex.end() + 120);
            if (s.substring(from, to).toLowerCase(Locale.ROOT).contains("deepseek")) {
                out.add(new Detection("deepseek-key", Category.SECRET, "API key", "DeepSeek", hex.start(), hex.end(), hex.group()));
            }
        }
        add(out, AWS.matcher(s), "aws-access-key-id", Category.SECRET, "API key", "AWS");
        add(out, EMAIL.matcher(s), "email", Category.PII, "e-mail address", "");
        Matcher role = ROLE.matcher(s);
        int roles = 0;
        int first = -1;
        int last = -1;
        while (role.find()) {
            roles++;
            first = first < 0 ? role.start() : first;
            last = role.end();
        }
        if (roles >= 2) {
            out.add(new Detection("chat-transcript", Category.CHAT_TRANSCRIPT, "chat transcript", "", first, last, s.substring(first, last)));
        }
        return out;
    }

    private static void add(List<Detection> out, Matcher m, String rule, Category category, String label, String provider) {
        while (m.find()) {
            out.add(new Detection(rule, category, label, provider, m.start(), m.end(), m.group()));
        }
    }
}
