package dev.ward.posture.workload;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The official ClickHouse image listens on {@code ::} and {@code 0.0.0.0}; with {@code CLICKHOUSE_SKIP_USER_SETUP=1}
 * and no {@code CLICKHOUSE_PASSWORD}, its passwordless {@code default} user accepts every address.
 */
public final class ClickHouseContainerDefaultUserCheck extends WorkloadCheck {

    public ClickHouseContainerDefaultUserCheck() {
        super(new CheckInfo("container.clickhouse-open-default-user", "ClickHouse container keeps a passwordless default user open",
                Severity.CRITICAL, List.of(LLM02_DISCLOSURE, ATLAS_VALID_ACCOUNTS, ATLAS_DATA_REPOSITORIES, CWE_MISSING_AUTH, CWE_INSECURE_DEFAULT),
                "Set CLICKHOUSE_PASSWORD (from a secret) and remove CLICKHOUSE_SKIP_USER_SETUP=1; or mount a users.d file "
                        + "giving default a <password_sha256_hex> and private <networks>."));
    }

    @Override
    protected List<Violation> inspect(Workload workload) {
        boolean clickhouse = AiService.forImage(workload.image()).map(s -> s.product().equals("ClickHouse")).orElse(false);
        if (!clickhouse) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        boolean noPassword = workload.envVar("CLICKHOUSE_PASSWORD").map(e -> e.literal() && e.value().isEmpty()).orElse(true);
        workload.envVar("CLICKHOUSE_SKIP_USER_SETUP").filter(e -> e.literal() && "1".equals(e.value())).filter(e -> noPassword)
                .ifPresent(e -> found.add(new Violation(workload.asset(), e.location(), workload.name()
                        + " skips user setup with no CLICKHOUSE_PASSWORD: default has no password and accepts ::/0", "skip-user-setup")));
        return found;
    }
}
