package dev.ward.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All of Ward's content detectors behind one call. Secrets and personal data that overlap are resolved so that one
 * piece of text is reported once, by the most specific rule; chat transcripts are reported beside whatever they
 * contain. Immutable and thread-safe.
 */
public final class ContentScanner {

    private static final class Standard {
        static final ContentScanner SCANNER = of(SecretRules.standard());
    }

    private final List<Detector> detectors;

    public ContentScanner(List<? extends Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every built-in detector with the built-in secret rules. */
    public static ContentScanner standard() {
        return Standard.SCANNER;
    }

    /** Every built-in detector, with the given secret rules (for example built-in plus a user's file). */
    public static ContentScanner of(SecretRules rules) {
        return new ContentScanner(List.of(new SecretDetector(rules), new EmailAddressDetector(),
                new PhoneNumberDetector(), new PaymentCardDetector(), new IbanDetector(), new ChatTranscriptDetector()));
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /** The detections in {@code text}, sorted by start offset, with overlaps resolved. */
    public List<Detection> scan(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Ranked> candidates = new ArrayList<>();
        List<Detection> transcripts = new ArrayList<>();
        for (Detector detector : detectors) {
            for (Detection detection : detector.detect(text)) {
                if (detection.category() == Category.CHAT_TRANSCRIPT) {
                    transcripts.add(detection);
                } else {
                    candidates.add(new Ranked(detection, detector.priority(detection)));
                }
            }
        }
        List<Detection> kept = resolveOverlaps(candidates);
        kept.addAll(transcripts);
        kept.sort(Comparator.comparingInt(Detection::start).thenComparingInt(Detection::end));
        return kept;
    }

    private record Ranked(Detection detection, int priority) {
        int length() {
            return detection.end() - detection.start();
        }
    }

    /** Keeps, of each group of overlapping detections, the highest-priority one (then the longest, then the first). */
    private static List<Detection> resolveOverlaps(List<Ranked> candidates) {
        candidates.sort(Comparator.comparingInt(Ranked::priority).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::length).reversed())
                .thenComparingInt(r -> r.detection().start()));
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        List<Detection> kept = new ArrayList<>();
        for (Ranked candidate : candidates) {
            Detection d = candidate.detection();
            Map.Entry<Integer, Integer> before = taken.floorEntry(d.start());
            Map.Entry<Integer, Integer> after = taken.ceilingEntry(d.start());
            boolean overlaps = (before != null && before.getValue() > d.start()) || (after != null && after.getKey() < d.end());
            if (!overlaps) {
                taken.put(d.start(), d.end());
                kept.add(d);
            }
        }
        return kept;
    }
}
