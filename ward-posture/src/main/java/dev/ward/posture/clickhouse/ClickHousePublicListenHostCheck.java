package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** The server binds every interface; with the shipped default user this is what turns it into an open database. */
public final class ClickHousePublicListenHostCheck extends ClickHouseCheck {

    public ClickHousePublicListenHostCheck() {
        super(new CheckInfo("clickhouse.public-listen-host", "ClickHouse listens on all interfaces", Severity.MEDIUM,
                List.of(ATLAS_PUBLIC_APP, CWE_WRONG_SPHERE, NIST_SECURITY),
                "Set <listen_host> to the private address clients use (or 127.0.0.1 behind a proxy) instead of :: or "
                        + "0.0.0.0, and firewall ports 8123, 9000, 9004 and 9005."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        boolean openUser = config.users().stream()
                .anyMatch(u -> u.acceptsAnyHost() && u.passwordState() == ClickHouseUser.PasswordState.EMPTY);
        return config.wildcardListenHosts().stream()
                .map(h -> {
                    Violation v = violation(config, h, "listen_host " + h.text() + " binds every interface"
                            + (openUser ? " and a user with no password accepts any address" : ""), h.text());
                    return openUser ? v.withSeverity(Severity.HIGH) : v;
                })
                .toList();
    }
}
