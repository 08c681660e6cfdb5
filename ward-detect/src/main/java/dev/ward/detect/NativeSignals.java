package dev.ward.detect;

import dev.ward.detect.hyperscan.MatchEvents;
import dev.ward.detect.hyperscan.NativePattern;
import dev.ward.detect.hyperscan.NativePatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One native (Vectorscan/Hyperscan) pass that finds, at once, every secret keyword and every place the personal-data
 * detectors want to look at, and the {@link TextMarkers} of the text. Event ids: the secret detector's keywords by
 * index, then {@link PersonalDataCandidates#NATIVE_EXPRESSIONS} from {@link #firstPersonalDataId()}, then
 * {@link TextMarkers#NATIVE_PATTERNS} from {@link #firstMarkerId()}.
 */
final class NativeSignals {

    private final NativePatterns patterns;
    private final int firstPersonalDataId;
    private final int firstMarkerId;

    private NativeSignals(NativePatterns patterns, int firstPersonalDataId, int firstMarkerId) {
        this.patterns = patterns;
        this.firstPersonalDataId = firstPersonalDataId;
        this.firstMarkerId = firstMarkerId;
    }

    /** The pass for these keywords, or nothing when the native library is missing or cannot take them. */
    static Optional<NativeSignals> compile(List<String> keywords) {
        if (!NativePatterns.available() || keywords.size() >= SecretDetector.MAX_REPLAY_KEYWORDS
                || keywords.stream().anyMatch(k -> k.length() > SecretDetector.MAX_REPLAY_KEYWORD_LENGTH)) {
            return Optional.empty();
        }
        List<NativePattern> all = new ArrayList<>();
        for (int k = 0; k < keywords.size(); k++) {
            all.add(NativePattern.literal(keywords.get(k), NativePattern.CASELESS, k));
        }
        int first = keywords.size();
        List<String> personal = PersonalDataCandidates.NATIVE_EXPRESSIONS;
        for (int i = 0; i < personal.size(); i++) {
            all.add(new NativePattern(personal.get(i), 0, first + i));
        }
        int firstMarker = first + personal.size();
        for (NativePattern marker : TextMarkers.NATIVE_PATTERNS) {
            all.add(new NativePattern(marker.expression(), marker.flags(), firstMarker + marker.id()));
        }
        return NativePatterns.compile(all).map(p -> new NativeSignals(p, first, firstMarker));
    }

    int firstPersonalDataId() {
        return firstPersonalDataId;
    }

    int firstMarkerId() {
        return firstMarkerId;
    }

    /** The events of {@code text}, or null when there were too many to hold (the byte scans then take over). */
    MatchEvents scan(ByteText text) {
        MatchEvents events = new MatchEvents();
        return patterns.scan(text.data, text.offset, text.offset + text.length(), events) ? events : null;
    }
}
