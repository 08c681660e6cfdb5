package dev.ward.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatTest {

    @Test
    void parsesEveryNameIgnoringCaseAndSpace() {
        assertThat(ReportFormat.parse("terminal")).isEqualTo(ReportFormat.TERMINAL);
        assertThat(ReportFormat.parse(" JSON ")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.parse("Sarif")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.parse("html")).isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.names()).containsExactly("terminal", "json", "sarif", "html");
    }

    @Test
    void unknownFormatNamesTheValidOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml'; expected one of terminal, json, sarif, html");
        assertThatThrownBy(() -> ReportFormat.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report format is empty; expected one of terminal, json, sarif, html");
        assertThatThrownBy(() -> ReportFormat.parse(null)).hasMessageContaining("expected one of terminal, json, sarif, html");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesUtf8ToAStreamWithoutClosingIt(ReportFormat format) throws IOException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        format.writer().write(SampleScans.representative(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(Render.as(format, SampleScans.representative())).contains("sk-pro…#1a2b3c4d");
        assertThat(out.closed).isFalse();
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(ReportOptions.forConsole(true, null).colour()).isTrue();
        assertThat(ReportOptions.forConsole(true, "").colour()).isTrue();
        assertThat(ReportOptions.forConsole(true, "1").colour()).isFalse();
        assertThat(ReportOptions.forConsole(false, null).colour()).isFalse();
    }

    @Test
    void toolIdentitySplitsNameAndVersion() {
        assertThat(ToolIdentity.of("ward 0.1.0")).isEqualTo(new ToolIdentity("ward", "0.1.0"));
        assertThat(ToolIdentity.of("ward").hasVersion()).isFalse();
    }
}
