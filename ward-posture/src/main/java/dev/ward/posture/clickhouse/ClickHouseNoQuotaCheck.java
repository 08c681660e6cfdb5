package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import dev.ward.posture.source.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A user anyone can reach with no quota, or a quota whose limits are all 0 (unlimited), can run the server out of resources. */
public final class ClickHouseNoQuotaCheck extends ClickHouseCheck {

    private static final Set<String> LIMITS = Set.of("queries", "query_selects", "query_inserts", "errors", "result_rows",
            "result_bytes", "read_rows", "read_bytes", "execution_time", "written_bytes", "failed_sequential_authentications");

    public ClickHouseNoQuotaCheck() {
        super(new CheckInfo("clickhouse.no-quota", "ClickHouse network user has no effective quota", Severity.LOW,
                List.of(LLM10_CONSUMPTION, ATLAS_DENIAL, CWE_UNLIMITED_RESOURCES, NIST_SECURITY),
                "Give the user a <quota> whose <interval> sets non-zero limits, for example <queries>1000</queries> "
                        + "and <execution_time>600</execution_time> per <duration>3600</duration>."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.reachableUsers().stream()
                .filter(u -> !limited(config.quota(u.quotaName().orElse(""))))
                .map(u -> violation(config, u.element().child("quota").orElse(u.element()), "user '" + u.name()
                        + "' accepts any address and its quota '" + u.quotaName().orElse("(none)") + "' limits nothing", u.name()))
                .toList();
    }

    private static boolean limited(Optional<XmlElement> quota) {
        return quota.stream().flatMap(q -> q.children("interval").stream())
                .flatMap(i -> i.children().stream())
                .anyMatch(limit -> LIMITS.contains(limit.name()) && !limit.text().isEmpty() && !limit.text().equals("0"));
    }
}
