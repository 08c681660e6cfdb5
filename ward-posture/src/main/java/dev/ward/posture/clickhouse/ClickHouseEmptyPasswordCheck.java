package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;

/** A user that logs in with no password from somewhere other than loopback. */
public final class ClickHouseEmptyPasswordCheck extends ClickHouseCheck {

    public ClickHouseEmptyPasswordCheck() {
        super(new CheckInfo("clickhouse.empty-password", "ClickHouse user has an empty password", Severity.CRITICAL,
                List.of(LLM02_DISCLOSURE, ATLAS_VALID_ACCOUNTS, ATLAS_DATA_REPOSITORIES, CWE_MISSING_AUTH, CWE_WEAK_PASSWORD, NIST_SECURITY),
                "Set <password_sha256_hex> for the user in users.d/ (for example users.d/<user>-password.xml with "
                        + "<clickhouse><users><USER><password remove=\"1\"/><password_sha256_hex>…</password_sha256_hex>"
                        + "</USER></users></clickhouse>), or restrict its <networks> to <ip>::1</ip>; in Docker set CLICKHOUSE_PASSWORD."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.users().stream()
                .filter(u -> u.passwordState() == ClickHouseUser.PasswordState.EMPTY && !u.loopbackOnly())
                .map(u -> violation(config, u.passwordElement(), message(config, u), u.name()))
                .map(v -> config.networkFacing() ? v : v.withSeverity(Severity.MEDIUM))
                .toList();
    }

    private static String message(ClickHouseServerConfig config, ClickHouseUser user) {
        String reach = config.networkFacing()
                ? "and the server listens on " + config.listenHosts().stream().map(h -> h.text()).toList()
                : "; only the loopback listen_host keeps it private, and any listen_host change exposes it";
        return "user '" + user.name() + "' has no password " + reach;
    }
}
