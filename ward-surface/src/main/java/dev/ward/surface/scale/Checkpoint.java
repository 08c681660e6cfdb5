package dev.ward.surface.scale;

/** Where a scan's progress is kept between runs; {@link #NONE} keeps it nowhere. */
public interface Checkpoint {

    Checkpoint NONE = new Checkpoint() {
        @Override
        public ProgressLedger ledger() {
            return new ProgressLedger();
        }

        @Override
        public void save(ProgressLedger ledger) {
        }
    };

    /** The progress saved so far, or an empty ledger. */
    ProgressLedger ledger();

    /** Writes the ledger so that a crash at any moment leaves either the old or the new state, never a torn one. */
    void save(ProgressLedger ledger);
}
