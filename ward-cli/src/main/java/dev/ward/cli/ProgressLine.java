package dev.ward.cli;

import dev.ward.core.ScanEvent;
import dev.ward.core.ScanListener;
import java.io.PrintWriter;

/** One self-overwriting progress line on standard error, only when a person is watching a terminal. */
final class ProgressLine implements ScanListener {

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawNanos;

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null && System.console().isTerminal();
    }

    @Override
    public synchronized void on(ScanEvent event) {
        if (!enabled || !(event instanceof ScanEvent.Progress(String note, long done, long total))) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawNanos < 100_000_000L && done < total) {
            return;
        }
        lastDrawNanos = now;
        String counts = total > 0 ? done + "/" + total : String.valueOf(done);
        String line = "  " + counts + "  " + note;
        err.print("\r" + (line.length() > 100 ? line.substring(0, 100) : line) + "\033[K");
        err.flush();
    }

    synchronized void done() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
