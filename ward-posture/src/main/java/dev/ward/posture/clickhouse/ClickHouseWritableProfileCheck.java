package dev.ward.posture.clickhouse;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import dev.ward.posture.source.XmlElement;
import java.util.List;
import java.util.Optional;

/** A user reachable from any address whose profile lets it write, drop and change settings ({@code readonly} 0). */
public final class ClickHouseWritableProfileCheck extends ClickHouseCheck {

    public ClickHouseWritableProfileCheck() {
        super(new CheckInfo("clickhouse.writable-network-profile",
                "ClickHouse user open to the network has a writable profile", Severity.MEDIUM,
                List.of(LLM04_POISONING, ATLAS_PUBLIC_APP, CWE_ACCESS_CONTROL, NIST_SECURITY),
                "Give network-facing read clients a profile with <readonly>1</readonly> (or 2 to allow settings "
                        + "changes only), and keep writers on restricted <networks>."));
    }

    @Override
    public List<Violation> inspect(ClickHouseServerConfig config) {
        return config.reachableUsers().stream()
                .flatMap(u -> writableAt(config, u).stream()
                        .map(at -> violation(config, at, "user '" + u.name() + "' accepts any address and its profile '"
                                + u.profileName() + "' is not read-only", u.name())))
                .toList();
    }

    /** The element to point at when the user's profile allows writes; empty when it is read-only. */
    private static Optional<XmlElement> writableAt(ClickHouseServerConfig config, ClickHouseUser user) {
        Optional<XmlElement> profile = config.profile(user.profileName());
        Optional<XmlElement> readonly = profile.flatMap(p -> p.child("readonly"));
        if (readonly.isPresent()) {
            String value = readonly.get().text();
            return value.equals("1") || value.equals("2") ? Optional.empty() : readonly;
        }
        return Optional.of(user.element().child("profile").orElse(profile.orElse(user.element())));
    }
}
