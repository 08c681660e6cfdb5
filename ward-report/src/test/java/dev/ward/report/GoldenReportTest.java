package dev.ward.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;

/** Every format, rendered from the representative and the empty scan, matches its golden file. See {@link Golden}. */
class GoldenReportTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void representativeScanMatchesGolden(ReportFormat format) throws IOException {
        Golden.assertMatches("representative." + format.fileExtension(), Render.as(format, SampleScans.representative()));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void emptyScanMatchesGolden(ReportFormat format) throws IOException {
        Golden.assertMatches("empty." + format.fileExtension(), Render.as(format, SampleScans.empty()));
    }
}
