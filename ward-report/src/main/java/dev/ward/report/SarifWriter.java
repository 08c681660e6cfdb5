package dev.ward.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ward.core.Control;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 with one run, shaped for GitHub code scanning: rules carry {@code security-severity} and control
 * references as tags, results carry Ward's fingerprint as a partial fingerprint.
 */
final class SarifWriter implements ReportWriter {

    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://ward.dev";
    static final String FINGERPRINT_KEY = "ward/v1";

    /** The scores GitHub maps to its critical, high, medium and low bands. */
    private static final Map<Severity, String> SECURITY_SEVERITY = Map.of(
            Severity.CRITICAL, "9.5", Severity.HIGH, "8.0", Severity.MEDIUM, "5.5", Severity.LOW, "3.0", Severity.INFO, "0.0");

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ReportJson.prettyWriter().writeValue(out, log(result));
        out.write('\n');
        out.flush();
    }

    static ObjectNode log(ScanResult result) {
        ObjectNode log = ReportJson.mapper().createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        Map<String, Finding> rules = rulesById(result.findings());
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        driver(run.putObject("tool").putObject("driver"), ToolIdentity.of(result.tool()), rules.values());
        invocation(run.putArray("invocations").addObject(), result);
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            result(results.addObject(), finding, ruleIds.indexOf(finding.ruleId()));
        }
        exposures(run.putObject("properties").putArray("exposures"), result.exposures());
        return log;
    }

    /** One rule per rule id, sorted by id; the most severe finding of each stands for the rule. */
    private static Map<String, Finding> rulesById(List<Finding> findings) {
        Map<String, Finding> rules = new TreeMap<>();
        for (Finding finding : findings) {
            rules.merge(finding.ruleId(), finding, (a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a);
        }
        return rules;
    }

    private static void driver(ObjectNode driver, ToolIdentity tool, Iterable<Finding> rules) {
        driver.put("name", "Ward");
        if (tool.hasVersion()) {
            driver.put("version", tool.version());
        }
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode array = driver.putArray("rules");
        for (Finding finding : rules) {
            rule(array.addObject(), finding);
        }
    }

    private static void rule(ObjectNode rule, Finding finding) {
        rule.put("id", finding.ruleId());
        rule.put("name", ruleName(finding.ruleId()));
        rule.putObject("shortDescription").put("text", finding.title());
        rule.putObject("fullDescription").put("text", fullDescription(finding));
        ObjectNode help = rule.putObject("help");
        help.put("text", finding.remediation().isBlank() ? finding.title() : finding.remediation());
        help.put("markdown", helpMarkdown(finding));
        rule.putObject("defaultConfiguration").put("level", level(finding.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("security");
        finding.controls().forEach(c -> tags.add(c.reference()));
        properties.put("security-severity", SECURITY_SEVERITY.get(finding.severity()));
    }

    private static void result(ObjectNode result, Finding finding, int ruleIndex) {
        result.put("ruleId", finding.ruleId());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message().isBlank() ? finding.title() : finding.message());
        physicalLocation(result.putArray("locations").addObject().putObject("physicalLocation"), finding.location());
        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().label());
        properties.put("asset", finding.asset().address());
        ArrayNode controls = properties.putArray("controls");
        finding.controls().forEach(c -> controls.add(c.reference()));
        if (!finding.properties().isEmpty()) {
            ObjectNode facts = properties.putObject("facts");
            new TreeMap<>(finding.properties()).forEach(facts::put);
        }
    }

    private static void physicalLocation(ObjectNode physical, Location location) {
        physical.putObject("artifactLocation").put("uri", SarifUri.of(location.uri()));
        if (location.hasPosition()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", location.line());
            if (location.column() > 0) {
                region.put("startColumn", location.column());
            }
        }
    }

    private static void invocation(ObjectNode invocation, ScanResult result) {
        invocation.put("executionSuccessful", true);
        if (result.startedAt() != null) {
            invocation.put("startTimeUtc", ReportJson.timestamp(result.startedAt()));
        }
        if (result.finishedAt() != null) {
            invocation.put("endTimeUtc", ReportJson.timestamp(result.finishedAt()));
        }
        ObjectNode properties = invocation.putObject("properties");
        properties.put("command", result.command());
        ArrayNode targets = properties.putArray("targets");
        result.targets().forEach(targets::add);
    }

    private static void exposures(ArrayNode array, List<Exposure> exposures) {
        for (Exposure exposure : exposures) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("endpoint", exposure.asset().address());
            fields.put("service", exposure.service());
            fields.put("protocol", exposure.protocol());
            fields.put("outcome", exposure.label());
            fields.put("detail", exposure.detail());
            ObjectNode node = array.addObject();
            fields.forEach(node::put);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** {@code clickhouse.unauthenticated} becomes {@code ClickhouseUnauthenticated}. */
    static String ruleName(String ruleId) {
        StringBuilder name = new StringBuilder();
        for (String part : ruleId.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.isEmpty() ? ruleId : name.toString();
    }

    private static String fullDescription(Finding finding) {
        if (finding.controls().isEmpty()) {
            return finding.title() + ".";
        }
        List<String> controls = finding.controls().stream().map(SarifWriter::describe).toList();
        return finding.title() + ". Maps to " + String.join("; ", controls) + ".";
    }

    private static String helpMarkdown(Finding finding) {
        StringBuilder md = new StringBuilder("**").append(Markdown.escape(finding.title())).append("**\n\n");
        if (!finding.remediation().isBlank()) {
            md.append("**Remediation:** ").append(Markdown.escape(finding.remediation())).append("\n\n");
        }
        if (!finding.controls().isEmpty()) {
            md.append("**Controls:**\n\n");
            finding.controls().forEach(c -> md.append("- `").append(c.reference()).append('`')
                    .append(c.name().isBlank() ? "" : " " + Markdown.escape(c.name())).append('\n'));
        }
        return md.toString().stripTrailing();
    }

    private static String describe(Control control) {
        return control.name().isBlank() ? control.reference() : control.reference() + " (" + control.name() + ")";
    }
}
