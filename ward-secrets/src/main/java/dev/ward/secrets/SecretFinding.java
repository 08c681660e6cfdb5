package dev.ward.secrets;

import dev.ward.core.Finding;

/** A finding with the hash of the secret behind it, which only the baseline needs. */
record SecretFinding(Finding finding, String secretHash) {

    Baseline.Entry baselineEntry() {
        return new Baseline.Entry(secretHash, finding.ruleId(), finding.location().uri());
    }
}
