package dev.ward.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one place where Ward hides secrets. Every text that leaves a scanner for a report passes through here,
 * so a writer never sees a raw secret.
 *
 * <p>A masked value keeps a short prefix (enough to tell an {@code sk-proj} key from an {@code AKIA} one) and an
 * 8-hex-digit fingerprint, so the same secret can be recognised across findings and scans: {@code sk-pro…#1a2b3c4d}.
 */
public final class Redactor {

    /** The character between the kept prefix and the fingerprint. */
    public static final char ELLIPSIS = '…';

    private static final Redactor STANDARD = new Redactor(loadFinders());

    private final List<SensitiveSpanFinder> finders;

    public Redactor(List<SensitiveSpanFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    /** The redactor built from every {@link SensitiveSpanFinder} on the class path. */
    public static Redactor standard() {
        return STANDARD;
    }

    /** How many finders this redactor consults; zero means it can only mask what it is told to. */
    public int finderCount() {
        return finders.size();
    }

    /** Masks one known secret value. */
    public static String mask(CharSequence secret) {
        String value = secret.toString();
        return value.substring(0, prefixLength(value.length())) + ELLIPSIS + "#" + Fingerprint.ofSecret(value);
    }

    /** The text with every sensitive span that the finders report replaced by its mask. */
    public String scrub(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return text == null ? null : "";
        }
        List<SensitiveSpan> spans = new ArrayList<>();
        for (SensitiveSpanFinder finder : finders) {
            spans.addAll(finder.find(text));
        }
        if (spans.isEmpty()) {
            return text.toString();
        }
        spans.sort(Comparator.comparingInt(SensitiveSpan::start).thenComparing(Comparator.comparingInt(SensitiveSpan::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = spans.get(i).start();
            int end = spans.get(i).end();
            // Overlapping or touching spans merge, so no fragment of either secret is left visible between them.
            while (++i < spans.size() && spans.get(i).start() <= end) {
                end = Math.max(end, spans.get(i).end());
            }
            if (start < cursor || end > text.length()) {
                continue;
            }
            out.append(text, cursor, start).append(mask(text.subSequence(start, end)));
            cursor = end;
        }
        out.append(text, cursor, text.length());
        return out.toString();
    }

    private static int prefixLength(int length) {
        if (length >= 24) {
            return 6;
        }
        if (length >= 12) {
            return 4;
        }
        return length >= 8 ? 2 : 0;
    }

    private static List<SensitiveSpanFinder> loadFinders() {
        List<SensitiveSpanFinder> found = new ArrayList<>();
        ServiceLoader.load(SensitiveSpanFinder.class, Redactor.class.getClassLoader()).forEach(found::add);
        return found;
    }
}
