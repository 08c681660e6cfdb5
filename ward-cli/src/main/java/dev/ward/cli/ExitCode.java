package dev.ward.cli;

/** The exit codes CI pipelines can gate on. */
final class ExitCode {
    static final int CLEAN = 0;
    static final int FAILED_GATE = 1;
    static final int USAGE = 2;
    static final int SCAN_ERROR = 3;

    private ExitCode() {
    }
}
