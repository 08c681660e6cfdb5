package dev.ward.report;

import dev.ward.core.ScanResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a scan to a string, for tests. */
final class Render {

    private Render() {
    }

    static String as(ReportFormat format, ScanResult result) {
        return as(format, ReportOptions.PLAIN, result);
    }

    static String as(ReportFormat format, ReportOptions options, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            format.writer(options).write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
