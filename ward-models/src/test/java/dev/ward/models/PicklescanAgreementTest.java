package dev.ward.models;

import dev.ward.models.corpus.PicklescanCorpus;
import dev.ward.models.corpus.SharedDatasets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Ward against picklescan's own malicious and benign fixtures, read from ../shared when it is there. */
class PicklescanAgreementTest {

    @Test
    void flagsEveryMaliciousFileAndNoBenignOneNamingTheSameDangerousGlobals() throws Exception {
        Optional<Path> corpus = SharedDatasets.locate("models/picklescan");
        Assumptions.assumeTrue(corpus.isPresent(),
                "skipped: shared/datasets/models/picklescan not found above " + System.getProperty("user.dir"));

        List<PicklescanCorpus.Outcome> outcomes = PicklescanCorpus.run(corpus.get());

        assertThat(outcomes).hasSizeGreaterThan(100);
        assertThat(outcomes).filteredOn(o -> !o.agrees())
                .as("files where Ward disagrees with picklescan's expectations")
                .extracting(o -> o.file() + " expectMalicious=" + o.expectMalicious() + " flagged=" + o.flagged()
                        + " missing=" + o.missingDangerous() + "\n" + o.findings())
                .isEmpty();
    }
}
