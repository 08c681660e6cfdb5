package dev.ward.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps what a scan emits, de-duplicating findings by fingerprint and assets by address. */
public final class ScanCollector implements ScanListener {

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final List<Exposure> exposures = new ArrayList<>();
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    @Override
    public synchronized void on(ScanEvent event) {
        switch (event) {
            case ScanEvent.AssetFound(Asset asset) -> assets.merge(asset.address(), asset, Asset::merge);
            case ScanEvent.ExposureObserved(Exposure exposure) -> exposures.add(exposure);
            case ScanEvent.FindingRaised(Finding finding) -> findings.merge(finding.fingerprint(), finding,
                    (old, neu) -> neu.severity().compareTo(old.severity()) > 0 ? neu : old);
            case ScanEvent.Progress ignored -> { }
        }
    }

    public synchronized ScanResult result(String tool, String command, List<String> targets, Instant startedAt) {
        return new ScanResult(tool, command, targets, startedAt, Instant.now(), new ArrayList<>(assets.values()),
                exposures, new ArrayList<>(findings.values()));
    }
}
