package dev.ward.surface.enrich;

import dev.ward.core.ScanEvent;
import dev.ward.core.ScanListener;
import dev.ward.surface.Endpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The enrichment step between one endpoint's probe and the scan's listener: it remembers the names the endpoint was
 * given (the host name typed by the user) and learned (asset attributes the probe reported) and passes every finding
 * through {@link StageHints#enrich}. Service checks need not know it exists. One instance per endpoint.
 */
public final class StageHintListener implements ScanListener {

    private final ScanListener downstream;
    private final Map<String, String> names = new LinkedHashMap<>();

    public StageHintListener(Endpoint endpoint, ScanListener downstream) {
        this.downstream = downstream;
        if (!endpoint.host().equals(endpoint.address().getHostAddress()) && !endpoint.host().startsWith("[")) {
            names.put("hostname", endpoint.host());
        }
    }

    @Override
    public void on(ScanEvent event) {
        switch (event) {
            case ScanEvent.AssetFound(var asset) -> remember(StageHints.namesOf(asset));
            case ScanEvent.ExposureObserved(var exposure) -> remember(StageHints.namesOf(exposure.asset()));
            default -> { }
        }
        if (event instanceof ScanEvent.FindingRaised(var finding)) {
            Map<String, String> known;
            synchronized (names) {
                known = new LinkedHashMap<>(names);
            }
            downstream.on(new ScanEvent.FindingRaised(StageHints.enrich(finding, known)));
            return;
        }
        downstream.on(event);
    }

    private void remember(Map<String, String> learned) {
        synchronized (names) {
            learned.forEach(names::putIfAbsent);
        }
    }
}
