package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** MySQL and PostgreSQL wire compatibility: more listeners, reachable by every MySQL/PostgreSQL client and scanner. */
public final class ClickHouseCompatibilityPortCheck extends ClickHouseCheck {

    private static final List<String> PORTS = List.of("mysql_port", "postgresql_port");

    public ClickHouseCompatibilityPortCheck() {
        super(new CheckInfo("clickhouse.compat-protocol-port",
                "ClickHouse MySQL/PostgreSQL compatibility port enabled", Severity.MEDIUM,
                List.of(ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, CWE_CLEARTEXT_TRANSMISSION, NIST_SECURITY),
                "Remove <mysql_port> and <postgresql_port> (config.d/ with <mysql_port remove=\"1\"/>) unless a client "
                        + "needs them; if kept, bind them to a private listen_host and require TLS."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return PORTS.stream()
                .flatMap(name -> config.setting(name).stream())
                .filter(e -> !e.text().isEmpty())
                .map(e -> {
                    Violation v = violation(config, e, e.name() + " " + e.text() + " is enabled", e.name());
                    return config.networkFacing() ? v : v.withSeverity(Severity.LOW);
                })
                .toList();
    }
}
