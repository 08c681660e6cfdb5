package dev.ward.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The document {@code --format json} writes. Field names and their order are part of Ward's interface: add fields
 * freely, but rename or remove one only with a new {@link #SCHEMA_VERSION}. Timestamps are ISO-8601 UTC strings,
 * severities are lower case ({@code critical}, {@code high}, {@code medium}, {@code low}, {@code info}), findings
 * are most severe first, and map keys are sorted.
 *
 * @param schemaVersion  the version of this layout
 * @param tool           name and version of the tool that scanned, for example {@code ward 0.1.0}
 * @param command        the command that was run, for example {@code surface}
 * @param targets        the targets as the user gave them
 * @param startedAt      when the scan started
 * @param finishedAt     when it finished
 * @param durationMillis finishedAt minus startedAt
 * @param summary        counts of findings
 * @param assets         everything found, in the order found
 * @param exposures      the outcome of each endpoint probed, in the order probed
 * @param findings       most severe first
 */
@JsonPropertyOrder({"schemaVersion", "tool", "command", "targets", "startedAt", "finishedAt", "durationMillis",
        "summary", "assets", "exposures", "findings"})
public record JsonReport(int schemaVersion, String tool, String command, List<String> targets, String startedAt,
                         String finishedAt, long durationMillis, Summary summary, List<AssetEntry> assets,
                         List<ExposureEntry> exposures, List<FindingEntry> findings) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * @param total           how many findings there are
     * @param highestSeverity the most severe, or null when there are none
     * @param bySeverity      the count for each of the five severities, zeros included
     */
    @JsonPropertyOrder({"total", "highestSeverity", "bySeverity"})
    public record Summary(int total, String highestSeverity, Map<String, Integer> bySeverity) {
    }

    /**
     * @param kind       for example {@code service} or {@code file}
     * @param address    a URI such as {@code clickhouse://127.0.0.1:8123}
     * @param attributes what was learned about it, such as product and version
     */
    @JsonPropertyOrder({"kind", "address", "attributes"})
    public record AssetEntry(String kind, String address, Map<String, String> attributes) {
    }

    /**
     * @param endpoint the address probed
     * @param service  the service looked for
     * @param protocol the protocol spoken; empty when nothing answered
     * @param outcome  {@code OPEN}, {@code AUTH_REQUIRED}, {@code NOT_<SERVICE>} or {@code UNREACHABLE}
     * @param detail   one line for a person
     * @param evidence the exchanges that show the outcome, redacted
     */
    @JsonPropertyOrder({"endpoint", "service", "protocol", "outcome", "detail", "evidence"})
    public record ExposureEntry(String endpoint, String service, String protocol, String outcome, String detail,
                                List<EvidenceEntry> evidence) {
    }

    /**
     * @param ruleId      the check that raised it
     * @param title       one line naming the problem
     * @param severity    lower case
     * @param asset       what it was found on
     * @param location    where it is; line and column only when known
     * @param message     what exactly was found, redacted
     * @param remediation how to fix it
     * @param controls    framework control references, for example {@code OWASP-LLM02:2025}, {@code CWE-306}
     * @param properties  facts about the finding, such as counts
     * @param fingerprint stable across scans for the same problem on the same asset
     * @param evidence    the exchanges that prove it, redacted
     */
    @JsonPropertyOrder({"ruleId", "title", "severity", "asset", "location", "message", "remediation", "controls",
            "properties", "fingerprint", "evidence"})
    public record FindingEntry(String ruleId, String title, String severity, AssetRef asset, LocationEntry location,
                               String message, String remediation, List<String> controls,
                               Map<String, String> properties, String fingerprint, List<EvidenceEntry> evidence) {
    }

    @JsonPropertyOrder({"kind", "address"})
    public record AssetRef(String kind, String address) {
    }

    /** Line and column are 1-based and left out when unknown. */
    @JsonPropertyOrder({"uri", "line", "column"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LocationEntry(String uri, Integer line, Integer column) {
    }

    /**
     * @param label    what the exchange shows
     * @param request  what Ward sent, redacted
     * @param response what came back, redacted and cut to an excerpt
     */
    @JsonPropertyOrder({"label", "request", "response"})
    public record EvidenceEntry(String label, String request, String response) {
    }
}
