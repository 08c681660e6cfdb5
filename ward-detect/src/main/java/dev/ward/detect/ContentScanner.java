package dev.ward.detect;

import dev.ward.detect.hyperscan.BackgroundCompile;
import dev.ward.detect.hyperscan.MatchEvents;
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

    /*
     * Comparators and other function objects on the path of every scan are built once: a scan of many small files
     * runs on C1, whose code creates a capturing lambda through a call into the VM (Unsafe.allocateInstance): about
     * 50 ns, against 4 for a plain object.
     */
    private static final Comparator<Detection> BY_POSITION = Comparator.comparingInt(Detection::start)
            .thenComparingInt(Detection::end);
    private static final Comparator<Ranked> BY_RANK = Comparator.comparingInt(Ranked::priority).reversed()
            .thenComparing(Comparator.comparingInt(Ranked::length).reversed())
            .thenComparingInt(r -> r.detection().start());

    private final List<Detector> detectors;
    /** The built-in detectors sharing one keyword pass; null when the scanner was given its own detectors. */
    private final BuiltIn builtIn;

    private record BuiltIn(SecretDetector secrets, EmailAddressDetector email, PhoneNumberDetector phone,
                           PaymentCardDetector card, IbanDetector iban, ChatTranscriptDetector transcripts,
                           BackgroundCompile<NativeSignals> signals, int nativeMinBytes) {
    }

    public ContentScanner(List<? extends Detector> detectors) {
        this(detectors, null);
    }

    private ContentScanner(List<? extends Detector> detectors, BuiltIn builtIn) {
        this.detectors = List.copyOf(detectors);
        this.builtIn = builtIn;
    }

    /** Every built-in detector with the built-in secret rules. */
    public static ContentScanner standard() {
        return Standard.SCANNER;
    }

    /**
     * Every built-in detector, with the given secret rules (for example built-in plus a user's file). The first pass
     * over the bytes is native (Vectorscan/Hyperscan) when the library is installed, else the byte scans in Java;
     * both find the same things.
     */
    public static ContentScanner of(SecretRules rules) {
        return of(rules, true);
    }

    static ContentScanner of(SecretRules rules, boolean nativePass) {
        return of(rules, nativePass, BackgroundCompile.MIN_NATIVE_BYTES);
    }

    /**
     * As {@link #of(SecretRules)}; {@code nativePass} false keeps the first pass in Java, and texts shorter than
     * {@code nativeMinBytes} always take it; for comparing the two.
     */
    static ContentScanner of(SecretRules rules, boolean nativePass, int nativeMinBytes) {
        SecretDetector secrets = new SecretDetector(rules, PersonalDataCandidates.TRANSCRIPT_WORDS);
        List<String> keywords = secrets.keywords();
        BackgroundCompile<NativeSignals> signals = nativePass
                ? new BackgroundCompile<>(() -> NativeSignals.compile(keywords)) : null;
        BuiltIn b = new BuiltIn(secrets, new EmailAddressDetector(), new PhoneNumberDetector(),
                new PaymentCardDetector(), new IbanDetector(), new ChatTranscriptDetector(), signals, nativeMinBytes);
        return new ContentScanner(List.of(b.secrets(), b.email(), b.phone(), b.card(), b.iban(), b.transcripts()), b);
    }

    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * The detections in {@code text}, sorted by start offset, with overlaps resolved; offsets are char offsets. The
     * text is scanned as UTF-8 bytes, like {@link #scan(byte[], int, int)}, and offsets are mapped back.
     */
    public List<Detection> scan(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Utf8Offsets.scanAsUtf8(text, this::scan);
    }

    /**
     * The detections in UTF-8 bytes {@code data[offset, offset + length)}, sorted by start, with overlaps resolved.
     * Offsets are byte offsets relative to {@code offset}; values are decoded as UTF-8. Invalid UTF-8 and binary
     * data are scanned as they are (a byte that is not ASCII never belongs to a keyword), never rejected. Nothing is
     * decoded except around candidate matches, so this is the fast way to scan file contents.
     */
    public List<Detection> scan(byte[] data, int offset, int length) {
        return scanWithMarkers(data, offset, length).detections();
    }

    /**
     * The detections and {@link TextMarkers} of a scan of UTF-8 bytes.
     *
     * @param detections as {@link #scan(byte[], int, int)} returns them
     * @param markers    what the native first pass saw of the text, offsets relative to the text's start; null when
     *                   the first pass was not native (short text, library missing or still compiling, too many
     *                   matches, or a scanner given its own detectors)
     */
    public record Scanned(List<Detection> detections, TextMarkers markers) {
    }

    /** As {@link #scan(byte[], int, int)}, with the text's markers when the first pass was native. */
    public Scanned scanWithMarkers(byte[] data, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            return new Scanned(List.of(), null);
        }
        List<Ranked> candidates = new ArrayList<>();
        List<Detection> transcripts = new ArrayList<>();
        TextMarkers markers = null;
        if (builtIn == null) {
            for (Detector detector : detectors) {
                rank(detector, detector.detect(data, offset, length), candidates, transcripts);
            }
        } else {
            markers = scanBuiltIn(new ByteText(data, offset, length), candidates, transcripts);
        }
        List<Detection> kept = resolveOverlaps(candidates);
        kept.addAll(transcripts);
        kept.sort(BY_POSITION);
        return new Scanned(kept, markers);
    }

    /**
     * Starts compiling (or loading) the native first pass in the background, so that it is ready by the time bulk
     * content arrives; otherwise it starts with the first long text, which then takes the slower Java pass.
     */
    public void startNativePass() {
        if (builtIn != null && builtIn.signals() != null) {
            builtIn.signals().ifReady();
        }
    }

    /**
     * Whether the first pass over long texts runs natively, waiting for the native patterns to compile if they are
     * still compiling.
     */
    public boolean nativePass() {
        return builtIn != null && builtIn.signals() != null && builtIn.signals().await() != null;
    }

    /**
     * One keyword pass finds secret keywords, transcript words, digits and {@code @}; each detector then looks near
     * them. Returns the text's markers when the pass was native.
     */
    private TextMarkers scanBuiltIn(ByteText text, List<Ranked> candidates, List<Detection> transcripts) {
        NativeSignals signals = builtIn.signals() == null || text.length() < builtIn.nativeMinBytes() ? null
                : builtIn.signals().ifReady();
        MatchEvents events = signals == null ? null : signals.scan(text);
        PersonalDataCandidates near = events == null ? PersonalDataCandidates.scan(text)
                : PersonalDataCandidates.fromEvents(text, events, signals.firstPersonalDataId());
        List<Detection> secrets = new ArrayList<>();
        builtIn.secrets().scan(text, secrets, near, events);
        rank(builtIn.secrets(), secrets, candidates, transcripts);
        rank(builtIn.email(), near.email.detect(builtIn.email()), candidates, transcripts);
        rank(builtIn.phone(), near.digits.detect(builtIn.phone()), candidates, transcripts);
        rank(builtIn.card(), near.digits.detect(builtIn.card()), candidates, transcripts);
        rank(builtIn.iban(), near.iban.detect(builtIn.iban()), candidates, transcripts);
        if (near.transcript) {
            transcripts.addAll(builtIn.transcripts().detectAll(text));
        }
        return events == null ? null : TextMarkers.fromEvents(events, signals.firstMarkerId());
    }

    private static void rank(Detector detector, List<Detection> found, List<Ranked> candidates,
                             List<Detection> transcripts) {
        for (Detection detection : found) {
            if (detection.category() == Category.CHAT_TRANSCRIPT) {
                transcripts.add(detection);
            } else {
                candidates.add(new Ranked(detection, detector.priority(detection)));
            }
        }
    }

    private record Ranked(Detection detection, int priority) {
        int length() {
            return detection.end() - detection.start();
        }
    }

    /** Keeps, of each group of overlapping detections, the highest-priority one (then the longest, then the first). */
    private static List<Detection> resolveOverlaps(List<Ranked> candidates) {
        candidates.sort(BY_RANK);
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
