package dev.ward.secrets.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Keeps what a content scan reports. */
final class RecordingSink implements HitSink {

    final List<SecretHit> hits = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

    @Override
    public synchronized void hit(SecretHit hit) {
        hits.add(hit);
    }

    @Override
    public synchronized void problem(Origin origin, String reason) {
        problems.add(origin.path() + ": " + reason);
    }

    @Override
    public synchronized void skipped(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    List<SecretHit> secrets(String value) {
        return hits.stream().filter(h -> h.detection().value().equals(value)).toList();
    }
}
