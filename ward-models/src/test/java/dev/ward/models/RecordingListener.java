package dev.ward.models;

import dev.ward.core.Asset;
import dev.ward.core.Finding;
import dev.ward.core.ScanEvent;
import dev.ward.core.ScanListener;
import dev.ward.core.Severity;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event of a scan, for assertions. */
public final class RecordingListener implements ScanListener {

    private final List<Asset> assets = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public synchronized void on(ScanEvent event) {
        switch (event) {
            case ScanEvent.AssetFound(Asset asset) -> assets.add(asset);
            case ScanEvent.FindingRaised(Finding finding) -> findings.add(finding);
            default -> { }
        }
    }

    public synchronized List<Asset> assets() {
        return List.copyOf(assets);
    }

    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    public synchronized List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public synchronized boolean flagged(Severity atLeast) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(atLeast));
    }

    public synchronized String summary() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.severity().label()).append(' ').append(f.ruleId()).append(": ").append(f.message()).append('\n');
        }
        return out.toString();
    }
}
