package dev.ward.surface.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanResult;
import dev.ward.surface.testing.HttpStandIn;
import dev.ward.surface.testing.StandIns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every product without a Debian package, as a labelled stand-in replaying its documented wire replies on a random
 * loopback port, all scanned in one concurrent run: Ward must name each, give its outcome, and keep planted secrets
 * masked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandInServicesTest {

    private final String secret = ServiceScan.openAiKey();
    private final List<StandIns.Case> cases = StandIns.all(secret);
    private final List<HttpStandIn> running = new ArrayList<>();
    private ScanResult result;

    @BeforeAll
    void startAndScan() throws Exception {
        for (StandIns.Case c : cases) {
            running.add(c.start());
        }
        result = ServiceScan.scan(running.stream().mapToInt(HttpStandIn::port).toArray());
    }

    @AfterAll
    void stop() {
        running.forEach(HttpStandIn::close);
    }

    List<StandIns.Case> cases() {
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void standInIsNamedWithItsOutcome(StandIns.Case c) {
        int port = running.get(cases.indexOf(c)).port();
        Exposure exposure = ServiceScan.exposure(result, port);
        assertThat(exposure.service()).as(c.name() + ": " + exposure.detail()).isEqualTo(c.service());
        assertThat(exposure.access()).as(c.name() + ": " + exposure.detail()).isEqualTo(c.access());
        String said = exposure.detail() + " " + ServiceScan.findings(result, port).stream().map(Finding::message).toList()
                + " " + exposure.asset().attributes();
        assertThat(said).as(c.name()).contains(c.mustMention());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plantedSecretIsCountedButNeverShown(StandIns.Case c) {
        int port = running.get(cases.indexOf(c)).port();
        String shown = ServiceScan.findings(result, port).toString() + ServiceScan.exposure(result, port);
        assertThat(shown).doesNotContain(secret).doesNotContain(secret.substring(30, 70));
        boolean planted = c.routes().values().stream().anyMatch(r -> r.body().contains(secret));
        if (planted && c.access() == dev.ward.core.Access.OPEN) {
            assertThat(ServiceScan.findings(result, port).stream().map(Finding::message).toList())
                    .as(c.name()).anyMatch(m -> m.contains("API key"));
        }
    }
}
