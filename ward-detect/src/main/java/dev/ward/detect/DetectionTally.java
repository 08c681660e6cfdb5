package dev.ward.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY stand-in so ward-surface can build; the real DetectionTally from feat/detect replaces this file. */
public final class DetectionTally {

    private final Map<Category, Integer> byCategory = new LinkedHashMap<>();
    private final Map<String, Integer> byLabel = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> providersByLabel = new LinkedHashMap<>();

    public synchronized void add(Detection d) {
        byCategory.merge(d.category(), 1, Integer::sum);
        byLabel.merge(d.label(), 1, Integer::sum);
        if (!d.provider().isEmpty()) {
            providersByLabel.computeIfAbsent(d.label(), k -> new LinkedHashMap<>()).merge(d.provider(), 1, Integer::sum);
        }
    }

    public void add(List<Detection> detections) {
        detections.forEach(this::add);
    }

    public void addAll(List<Detection> detections) {
        add(detections);
    }

    public synchronized boolean isEmpty() {
        return byCategory.isEmpty();
    }

    public synchronized int secretCount() {
        return byCategory.getOrDefault(Category.SECRET, 0);
    }

    public synchronized int piiCount() {
        return byCategory.getOrDefault(Category.PII, 0);
    }

    public synchronized int transcriptCount() {
        return byCategory.getOrDefault(Category.CHAT_TRANSCRIPT, 0);
    }

    private static String plural(String label) {
        return label.endsWith("s") ? label + "es" : label + "s";
    }

    public synchronized String summary() {
        List<String> parts = new ArrayList<>();
        byLabel.forEach((label, n) -> {
            StringBuilder part = new StringBuilder(n + " " + (n == 1 ? label : plural(label)));
            Map<String, Integer> providers = providersByLabel.get(label);
            if (providers != null) {
                List<String> each = new ArrayList<>();
                providers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> each.add(e.getValue() + " " + e.getKey()));
                part.append(" (").append(String.join(", ", each)).append(')');
            }
            parts.add(part.toString());
        });
        return String.join(", ", parts);
    }
}
