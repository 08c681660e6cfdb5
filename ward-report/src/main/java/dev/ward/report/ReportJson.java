package dev.ward.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The one Jackson setup for Ward's JSON outputs: two-space indent, {@code \n} line ends. Writers put maps in a
 * deliberate order themselves (sorted, or most severe first), so the mapper does not reorder them.
 */
final class ReportJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            // The caller owns the writer it hands a ReportWriter.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private ReportJson() {
    }

    /** Pretty output that is byte-for-byte the same on every platform. */
    static ObjectWriter prettyWriter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(INDENTER)
                .withArrayIndenter(INDENTER);
        return MAPPER.writer(printer);
    }

    /** ISO-8601 in UTC, for example {@code 2025-03-14T09:26:53.120Z}; null stays null. */
    static String timestamp(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
