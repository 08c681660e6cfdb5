package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** A user that may log in from any address: {@code ::/0}, {@code 0.0.0.0/0}, or no {@code <networks>} at all. */
public final class ClickHouseOpenNetworksCheck extends ClickHouseCheck {

    public ClickHouseOpenNetworksCheck() {
        super(new CheckInfo("clickhouse.open-networks", "ClickHouse user accepts logins from any address", Severity.HIGH,
                List.of(LLM02_DISCLOSURE, ATLAS_PUBLIC_APP, CWE_ACCESS_CONTROL, CWE_INSECURE_DEFAULT, NIST_SECURITY),
                "In users.d/, replace the user's networks: <networks replace=\"1\"><ip>10.0.0.0/8</ip></networks> "
                        + "(the client subnets that need it), never <ip>::/0</ip> or 0.0.0.0/0."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.users().stream()
                .filter(ClickHouseUser::acceptsAnyHost)
                .map(u -> {
                    String how = u.element().child("networks").isEmpty() ? "has no <networks>, so any address may log in"
                            : "allows " + u.networksElement().text();
                    Violation v = violation(config, u.networksElement(), "user '" + u.name() + "' " + how, u.name());
                    return config.networkFacing() ? v : v.withSeverity(Severity.LOW);
                })
                .toList();
    }
}
