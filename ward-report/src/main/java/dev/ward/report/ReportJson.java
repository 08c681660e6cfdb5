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

    /** Made on first use: the JSON report is written without one, and building a mapper costs start-up time. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                // The caller owns the writer it hands a ReportWriter.
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    /** The pretty printer of every JSON output. */
    static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(INDENTER)
                .withArrayIndenter(INDENTER);
    }

    private ReportJson() {
    }

    /** Pretty output that is byte-for-byte the same on every platform. */
    static ObjectWriter prettyWriter() {
        return mapper().writer(printer());
    }

    /** ISO-8601 in UTC, for example {@code 2025-03-14T09:26:53.120Z}; null stays null. */
    static String timestamp(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
