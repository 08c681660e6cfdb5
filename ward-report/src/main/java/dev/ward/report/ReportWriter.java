package dev.ward.report;

import dev.ward.core.ScanResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Renders a finished scan in one output format. Writers only format: the text they get is already redacted. */
public interface ReportWriter {

    /** Writes the report to {@code out} and flushes it; the caller keeps ownership and closes it. */
    void write(ScanResult result, Writer out) throws IOException;

    /** Writes the report as UTF-8 to {@code out} and flushes it; the caller keeps ownership and closes it. */
    default void write(ScanResult result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result, writer);
        writer.flush();
    }
}
