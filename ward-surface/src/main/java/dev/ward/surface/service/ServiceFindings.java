package dev.ward.surface.service;

import dev.ward.core.Asset;
import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import java.util.List;

/** The wording of the findings every service shares: open, login surface reachable, and capability. */
public final class ServiceFindings {

    /** A reachable service that asks for credentials: not open, but a login surface anyone can try passwords on. */
    public static final CheckInfo LOGIN_EXPOSED = new CheckInfo("service.login-exposed",
            "Service login surface reachable", Severity.INFO,
            List.of(Control.cwe(307, "Improper Restriction of Excessive Authentication Attempts"),
                    Control.nistAiRmf("MEASURE 2.7", "Security and resilience evaluated")),
            "The service asks for credentials here, which is good. If the address is reachable from untrusted networks, "
                    + "bind it to a private interface or put it behind a VPN or firewall, use long random credentials, "
                    + "and change any default account the product ships with.");

    private ServiceFindings() {
    }

    /** HIGH by default; CRITICAL when the sample held secrets, personal data or transcripts. */
    public static Finding open(ServiceCheck check, Asset asset, Identification id, BlastRadiusReport report) {
        boolean sensitive = !report.tally().isEmpty();
        Severity severity = sensitive ? Severity.CRITICAL : check.info().severity();
        Finding.Builder b = Finding.of(check.info(), asset)
                .severity(severity)
                .message(message(check, id, report))
                .evidence(id.evidence())
                .evidence(report.evidence())
                .property("protocol", id.protocol())
                .property("version", id.version().isEmpty() ? null : id.version())
                .property("sampledItems", report.sampledItems())
                .property("secrets", report.tally().secrets())
                .property("pii", report.tally().personalData())
                .property("transcripts", report.tally().transcripts());
        report.properties().forEach(b::property);
        if (!report.incomplete().isEmpty()) {
            b.property("incomplete", report.incomplete());
        }
        return b.build();
    }

    static String message(ServiceCheck check, Identification id, BlastRadiusReport report) {
        StringBuilder m = new StringBuilder(check.product());
        if (!id.version().isEmpty()) {
            m.append(' ').append(id.version());
        }
        m.append(" open without authentication over ").append(id.protocol().toUpperCase(java.util.Locale.ROOT));
        report.facts().forEach(f -> m.append("; ").append(f));
        if (!report.tally().isEmpty()) {
            m.append("; sample holds ").append(report.tally().summary());
        } else if (report.sampledItems() > 0) {
            m.append("; no secrets or personal data in ").append(report.sampledItems()).append(" sampled item")
                    .append(report.sampledItems() == 1 ? "" : "s");
        }
        if (!report.capabilities().isEmpty()) {
            m.append("; dangerous: ").append(String.join(", ", report.capabilities().stream()
                    .map(c -> c.check().title()).toList()));
        }
        if (!report.incomplete().isEmpty()) {
            m.append(" (measurement incomplete: ").append(report.incomplete()).append(')');
        }
        return m.toString();
    }

    public static Finding loginExposed(ServiceCheck check, Asset asset, Identification id) {
        return Finding.of(LOGIN_EXPOSED, asset)
                .message(check.product() + (id.version().isEmpty() ? "" : " " + id.version()) + " reachable over "
                        + id.protocol().toUpperCase(java.util.Locale.ROOT) + "; it asks for credentials: " + id.detail())
                .evidence(id.evidence())
                .property("product", check.product())
                .build();
    }

    public static Finding capability(Asset asset, BlastRadiusReport.Capability capability) {
        return Finding.of(capability.check(), asset)
                .message(capability.detail())
                .evidence(capability.evidence())
                .build();
    }
}
