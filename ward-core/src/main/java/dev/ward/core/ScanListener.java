package dev.ward.core;

/** Receives scan events. Scanners call it from many virtual threads at once, so implementations must be thread-safe. */
@FunctionalInterface
public interface ScanListener {

    void on(ScanEvent event);

    default void asset(Asset asset) {
        on(new ScanEvent.AssetFound(asset));
    }

    default void exposure(Exposure exposure) {
        on(new ScanEvent.ExposureObserved(exposure));
    }

    default void finding(Finding finding) {
        on(new ScanEvent.FindingRaised(finding));
    }

    default void progress(String note, long done, long total) {
        on(new ScanEvent.Progress(note, done, total));
    }
}
