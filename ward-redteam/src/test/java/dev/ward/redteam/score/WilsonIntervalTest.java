package dev.ward.redteam.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void matchesPublishedReferenceValues() {
        // 5/104: the example, [2.1%, 10.8%]
        WilsonInterval fiveOf104 = WilsonInterval.of(5, 104);
        assertThat(fiveOf104.low()).isCloseTo(0.0207, within(0.0005));
        assertThat(fiveOf104.high()).isCloseTo(0.1079, within(0.0005));
        // Newcombe (1998), Table I: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611
        assertThat(WilsonInterval.of(81, 263).low()).isCloseTo(0.2553, within(0.0005));
        assertThat(WilsonInterval.of(81, 263).high()).isCloseTo(0.3662, within(0.0005));
        assertThat(WilsonInterval.of(15, 148).low()).isCloseTo(0.0624, within(0.0005));
        assertThat(WilsonInterval.of(15, 148).high()).isCloseTo(0.1605, within(0.0005));
        assertThat(WilsonInterval.of(0, 20).low()).isZero();
        assertThat(WilsonInterval.of(0, 20).high()).isCloseTo(0.1611, within(0.0005));
    }

    @Test
    void emptySampleSaysNothing() {
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void twoProportionTestSeparatesRealChangesFromNoise() {
        assertThat(ReportComparison.twoProportionPValue(5, 104, 60, 104)).isLessThan(1e-6);
        assertThat(ReportComparison.twoProportionPValue(50, 100, 52, 100)).isGreaterThan(0.5);
        // textbook: 45/100 vs 60/100, z = 2.12, p = 0.034
        assertThat(ReportComparison.twoProportionPValue(45, 100, 60, 100)).isCloseTo(0.034, within(0.002));
    }
}
