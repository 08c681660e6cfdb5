package dev.ward.surface.service;

import dev.ward.core.CheckInfo;
import dev.ward.core.Evidence;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.detect.DetectionTally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an open service gives away, filled in by its check with read-only requests: facts for the message
 * ("3 models: …"), sampled data run through the detectors (only masked detections are kept, never the text), evidence,
 * and the dangerous capabilities it exposes. Not thread-safe; one per endpoint.
 */
public final class BlastRadiusReport {

    private static final int MASKS_SHOWN = 5;

    /** A dangerous capability seen, not exercised. */
    public record Capability(CheckInfo check, String detail, List<Evidence> evidence) {
    }

    private final ContentScanner scanner = ContentScanner.standard();
    private final DetectionTally tally = new DetectionTally();
    private final List<String> facts = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> incomplete = new ArrayList<>();
    private int sampledItems;
    private Object measured;

    /** A service's own measurement, for a check that words its finding itself (ClickHouse). */
    public void measured(Object value) {
        this.measured = value;
    }

    public <T> T measured(Class<T> type) {
        return type.isInstance(measured) ? type.cast(measured) : null;
    }

    /** A fact for the finding's message, such as {@code "3 models: llama3:8b, …"}. */
    public void fact(String text) {
        if (text != null && !text.isBlank()) {
            facts.add(text);
        }
    }

    public void evidence(Evidence e) {
        evidence.add(e);
    }

    public void property(String name, Object value) {
        if (value != null) {
            properties.put(name, String.valueOf(value));
        }
    }

    public void capability(CheckInfo check, String detail, Evidence... shown) {
        capabilities.add(new Capability(check, detail, List.of(shown)));
    }

    public void incomplete(String why) {
        incomplete.add(why);
    }

    /**
     * Runs sampled text through the detectors and keeps the counts and masked values; the text itself is dropped.
     * Returns the detections so a caller can describe where they were.
     */
    public List<Detection> scan(String text) {
        sampledItems++;
        List<Detection> found = scanner.scan(text);
        tally.addAll(found);
        return found;
    }

    /** Scans several sampled texts and records one evidence entry with only masked detections. */
    public int scanSample(String label, String request, List<String> texts) {
        List<Detection> found = new ArrayList<>();
        texts.forEach(t -> found.addAll(scan(t)));
        StringBuilder out = new StringBuilder(texts.size() + " item" + (texts.size() == 1 ? "" : "s") + " read; ");
        if (found.isEmpty()) {
            out.append("no secrets, personal data or transcripts found");
        } else {
            out.append(found.size()).append(" found");
            found.stream().limit(MASKS_SHOWN).forEach(d -> out.append("\n  ").append(d.provider().isEmpty() ? d.label()
                    : d.provider() + " " + d.label()).append(' ').append(d.redacted()));
            if (found.size() > MASKS_SHOWN) {
                out.append("\n  … ").append(found.size() - MASKS_SHOWN).append(" more");
            }
        }
        evidence.add(Evidence.of(label, request, out.append("\n(sampled text is not shown)").toString()));
        return found.size();
    }

    public DetectionTally tally() {
        return tally;
    }

    public List<String> facts() {
        return List.copyOf(facts);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public List<Capability> capabilities() {
        return List.copyOf(capabilities);
    }

    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    public int sampledItems() {
        return sampledItems;
    }

    public String incomplete() {
        return String.join("; ", incomplete);
    }
}
