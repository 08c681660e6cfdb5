package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** A password written in clear in {@code <password>}: anyone who reads the file or the repository can log in. */
public final class ClickHousePlaintextPasswordCheck extends ClickHouseCheck {

    public ClickHousePlaintextPasswordCheck() {
        super(new CheckInfo("clickhouse.plaintext-password", "ClickHouse password stored in plain text", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_UNSECURED_CREDENTIALS, CWE_PLAINTEXT_PASSWORD, CWE_HARDCODED_CREDENTIALS, NIST_SECURITY),
                "Replace <password> with <password_sha256_hex> (echo -n \"$PASSWORD\" | sha256sum), or read it from the "
                        + "environment with <password from_env=\"CLICKHOUSE_PASSWORD\"/>; rotate the exposed password."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.users().stream()
                .filter(u -> u.passwordState() == ClickHouseUser.PasswordState.PLAINTEXT)
                .map(u -> violation(config, u.passwordElement(),
                        "user '" + u.name() + "' has its password in clear text in <password>", u.name()))
                .toList();
    }
}
