package dev.ward.core;

/** What a scan emits, in the order it learns things. Sinks consume these without knowing which capability sent them. */
public sealed interface ScanEvent {

    record AssetFound(Asset asset) implements ScanEvent {
    }

    record ExposureObserved(Exposure exposure) implements ScanEvent {
    }

    record FindingRaised(Finding finding) implements ScanEvent {
    }

    /** Progress for a person watching: {@code done} of {@code total} units, with a short note. Total 0 means unknown. */
    record Progress(String note, long done, long total) implements ScanEvent {
    }
}
