package dev.ward.posture.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ward's Terraform rules against Checkov's recorded expectations: cover at least 40 of 48 checks, agree on 95%. */
class CheckovAgreementTest {

    @Test
    void coversFortyChecksAndAgreesOnNinetyFivePercent() throws Exception {
        Optional<Path> dataset = CheckovComparison.locateDataset();
        assumeTrue(dataset.isPresent(), "skipped: shared/datasets/posture/checkov not found walking up from "
                + System.getProperty("user.dir") + " (it sits beside the checkout in CI and the dev setup)");
        CheckovComparison.Summary summary = CheckovComparison.run(dataset.get());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        CheckovComparison.print(summary, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));
        assertThat(summary.checks()).as("checks in the dataset").hasSize(48);
        assertThat(summary.covered()).as("covered Checkov checks\n" + report).isGreaterThanOrEqualTo(40);
        assertThat(summary.agreement()).as("agreement\n" + report).isGreaterThanOrEqualTo(0.95);
    }
}
