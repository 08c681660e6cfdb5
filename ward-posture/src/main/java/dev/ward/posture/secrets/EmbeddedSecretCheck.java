package dev.ward.posture.secrets;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.detect.Category;
import dev.ward.detect.ContentScanner;
import dev.ward.detect.Detection;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.Violation;
import dev.ward.posture.source.ConfigText;
import java.util.List;

/** Credentials written into a config or IaC file, found by the shared ward-detect rules. */
public final class EmbeddedSecretCheck implements PostureCheck<ConfigText> {

    private static final CheckInfo INFO = new CheckInfo("posture.embedded-secret", "Secret embedded in a config or IaC file",
            Severity.HIGH, List.of(LLM02_DISCLOSURE, ATLAS_UNSECURED_CREDENTIALS, CWE_HARDCODED_CREDENTIALS, NIST_SECURITY),
            "Move the value to a secret store (Kubernetes Secret with secretKeyRef, Docker/compose secrets, Terraform "
                    + "variables marked sensitive fed from a vault) and rotate it: it is already in the file's history.");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public Class<ConfigText> documentType() {
        return ConfigText.class;
    }

    @Override
    public List<Violation> inspect(ConfigText config) {
        return ContentScanner.standard().scan(config.file().text()).stream()
                .filter(d -> d.category() == Category.SECRET)
                .map(d -> new Violation(config.asset(), config.file().locationOfOffset(d.start()), describe(d),
                        d.ruleId() + ":" + d.redacted()))
                .toList();
    }

    private static String describe(Detection detection) {
        String provider = detection.provider().isEmpty() ? "" : detection.provider() + " ";
        return provider + detection.label() + " " + detection.redacted() + " (" + detection.ruleId() + ")";
    }
}
