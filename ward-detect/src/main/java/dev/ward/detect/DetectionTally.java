package dev.ward.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts detections, for example over all cells of a table, by category, label and provider, and says what it counted
 * in one line: {@code 7 API keys (3 OpenAI, 2 DeepSeek, 2 AWS), 2 chat transcripts, 3 e-mail addresses}. Never holds
 * the detected values. Thread-safe; tallies from parallel work can be merged.
 */
public final class DetectionTally {

    private record LabelKey(Category category, String label) {
    }

    private final Map<LabelKey, Map<String, Long>> providersByLabel = new LinkedHashMap<>();
    private final EnumMap<Category, Long> byCategory = new EnumMap<>(Category.class);

    public synchronized DetectionTally add(Detection detection) {
        add(detection.category(), detection.label(), detection.provider(), 1);
        return this;
    }

    public DetectionTally addAll(Iterable<Detection> detections) {
        for (Detection detection : detections) {
            add(detection);
        }
        return this;
    }

    /** Adds everything {@code other} counted to this tally. */
    public DetectionTally merge(DetectionTally other) {
        if (other == this) {
            throw new IllegalArgumentException("cannot merge a tally into itself");
        }
        Map<LabelKey, Map<String, Long>> copy;
        synchronized (other) {
            copy = new LinkedHashMap<>();
            other.providersByLabel.forEach((key, providers) -> copy.put(key, new LinkedHashMap<>(providers)));
        }
        synchronized (this) {
            copy.forEach((key, providers) -> providers.forEach(
                    (provider, count) -> add(key.category(), key.label(), provider, count)));
        }
        return this;
    }

    public synchronized long total() {
        return byCategory.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized long count(Category category) {
        return byCategory.getOrDefault(category, 0L);
    }

    public long secrets() {
        return count(Category.SECRET);
    }

    public long personalData() {
        return count(Category.PII);
    }

    public long transcripts() {
        return count(Category.CHAT_TRANSCRIPT);
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /** Counts by label, such as {@code "API key" -> 7}, largest first. */
    public synchronized Map<String, Long> byLabel() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LabelKey key : sortedLabels()) {
            counts.merge(key.label(), labelCount(key), Long::sum);
        }
        return counts;
    }

    /** Counts by provider over all labels, such as {@code "OpenAI" -> 3}, largest first; unknown providers left out. */
    public synchronized Map<String, Long> byProvider() {
        Map<String, Long> counts = new TreeMap<>();
        providersByLabel.values().forEach(providers -> providers.forEach((provider, count) -> {
            if (!provider.isEmpty()) {
                counts.merge(provider, count, Long::sum);
            }
        }));
        return sortedByCount(counts);
    }

    /**
     * One line for people: labels grouped secrets first, then transcripts, then personal data, each largest first,
     * with the providers of secrets in brackets. Empty when nothing was counted.
     */
    public synchronized String summary() {
        List<String> parts = new ArrayList<>();
        for (LabelKey key : sortedLabels()) {
            long count = labelCount(key);
            StringBuilder part = new StringBuilder().append(count).append(' ').append(EnglishPlural.of(key.label(), count));
            if (key.category() == Category.SECRET) {
                List<String> providers = new ArrayList<>();
                sortedByCount(providersByLabel.get(key)).forEach((provider, n) -> {
                    if (!provider.isEmpty()) {
                        providers.add(n + " " + provider);
                    }
                });
                if (!providers.isEmpty()) {
                    part.append(" (").append(String.join(", ", providers)).append(')');
                }
            }
            parts.add(part.toString());
        }
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return "DetectionTally[" + summary() + "]";
    }

    private void add(Category category, String label, String provider, long count) {
        providersByLabel.computeIfAbsent(new LabelKey(category, label), k -> new LinkedHashMap<>())
                .merge(provider, count, Long::sum);
        byCategory.merge(category, count, Long::sum);
    }

    private long labelCount(LabelKey key) {
        return providersByLabel.get(key).values().stream().mapToLong(Long::longValue).sum();
    }

    private List<LabelKey> sortedLabels() {
        List<LabelKey> keys = new ArrayList<>(providersByLabel.keySet());
        keys.sort(Comparator.comparingInt((LabelKey k) -> categoryOrder(k.category()))
                .thenComparing(Comparator.comparingLong(this::labelCount).reversed())
                .thenComparing(LabelKey::label));
        return keys;
    }

    private static int categoryOrder(Category category) {
        return switch (category) {
            case SECRET -> 0;
            case CHAT_TRANSCRIPT -> 1;
            case PII -> 2;
        };
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
