package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** {@code access_management} lets a user create users and grant rights; on a user anyone can reach, that is the whole server. */
public final class ClickHouseAccessManagementCheck extends ClickHouseCheck {

    public ClickHouseAccessManagementCheck() {
        super(new CheckInfo("clickhouse.access-management-open-user",
                "ClickHouse user open to any address can manage users and grants", Severity.HIGH,
                List.of(LLM06_AGENCY, ATLAS_VALID_ACCOUNTS, CWE_EXCESS_PRIVILEGE, CWE_ACCESS_CONTROL, NIST_SECURITY),
                "Set <access_management>0</access_management> for the user, or give it a password hash and restrict "
                        + "its <networks> to admin hosts."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.users().stream()
                .filter(u -> u.managesAccess() && u.acceptsAnyHost())
                .map(u -> {
                    boolean noPassword = u.passwordState() == ClickHouseUser.PasswordState.EMPTY;
                    Violation v = violation(config, u.accessManagement().orElse(u.element()), "user '" + u.name()
                            + "' has access_management 1 and accepts any address" + (noPassword ? " with no password" : ""), u.name());
                    return noPassword ? v.withSeverity(Severity.CRITICAL) : v;
                })
                .toList();
    }
}
