package dev.ward.redteam;

import dev.ward.core.Redactor;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import java.util.Comparator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks secrets and personal data in transcripts before they leave the run: core's redactor, then ward-detect's findings. */
public final class TranscriptRedaction {

    private static final int MAX_CHARS = 4000;
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{24,}={0,2}");

    private TranscriptRedaction() {
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + " […]" : text;
        String scrubbed = Redactor.standard().scrub(bounded);
        List<Detection> found = ContentScanner.standard().scan(scrubbed).stream()
                .sorted(Comparator.comparingInt(Detection::start).reversed()).toList();
        StringBuilder out = new StringBuilder(scrubbed);
        int lastStart = Integer.MAX_VALUE;
        for (Detection d : found) {
            if (d.end() <= lastStart) {
                out.replace(d.start(), d.end(), d.redacted());
                lastStart = d.start();
            }
        }
        return maskEncodedSecrets(out.toString());
    }

    /** Attacks ask models to echo secrets in base64; a run that decodes to something sensitive is masked whole. */
    static String maskEncodedSecrets(String text) {
        Matcher m = BASE64_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(decodesToSensitive(run) ? Redactor.mask(run) : run));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean decodesToSensitive(String run) {
        try {
            String decoded = new String(Base64.getMimeDecoder().decode(run), StandardCharsets.UTF_8);
            return !ContentScanner.standard().scan(decoded).isEmpty();
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
