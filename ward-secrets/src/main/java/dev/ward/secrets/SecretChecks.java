package dev.ward.secrets;

import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Severity;
import dev.ward.detect.Category;
import dev.ward.detect.Detection;
import dev.ward.detect.KeyStoreRule;
import dev.ward.detect.KnownPasswordKeyStore;
import dev.ward.detect.SecretRule;
import dev.ward.detect.SecretRules;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check behind each finding: one per detection rule, {@code secrets.<rule-id>}, with its severity, controls
 * and remediation, plus {@code secrets.unreadable} for content that could not be scanned.
 */
final class SecretChecks {

    static final String PREFIX = "secrets.";

    static final Control LLM02 = Control.owaspLlm("LLM02", "Sensitive Information Disclosure");
    static final Control HARD_CODED = Control.cwe(798, "Use of Hard-coded Credentials");
    static final Control UNSECURED_CREDENTIALS = Control.atlas("AML.T0055", "Unsecured Credentials");
    static final Control PRIVATE_DATA = Control.cwe(359, "Exposure of Private Personal Information to an Unauthorized Actor");
    static final Control SENSITIVE_LOG = Control.cwe(532, "Insertion of Sensitive Information into Log File");

    static final CheckInfo UNREADABLE = new CheckInfo(PREFIX + "unreadable", "Content Ward could not scan",
            Severity.INFO, List.of(),
            "Make the content readable to Ward (permissions, a repaired archive or repository) and scan again, "
                    + "or exclude it with --exclude if it should not be scanned.");

    private final SecretRules rules;
    private final Map<String, CheckInfo> byRule = new ConcurrentHashMap<>();

    SecretChecks(SecretRules rules) {
        this.rules = rules;
    }

    CheckInfo forDetection(Detection detection) {
        return byRule.computeIfAbsent(detection.ruleId(), id -> build(detection));
    }

    private CheckInfo build(Detection d) {
        String what = (d.provider().isBlank() ? "" : d.provider() + " ") + d.label();
        return switch (d.category()) {
            case SECRET -> new CheckInfo(PREFIX + d.ruleId(), capitalise(what) + " exposed", secretSeverity(d),
                    List.of(LLM02, HARD_CODED, UNSECURED_CREDENTIALS), RevocationGuide.forProvider(d.provider()));
            case PII -> new CheckInfo(PREFIX + d.ruleId(), capitalise(d.label()) + " (personal data) in content",
                    d.ruleId().contains("card") || d.ruleId().contains("iban") ? Severity.MEDIUM : Severity.LOW,
                    List.of(LLM02, PRIVATE_DATA),
                    "Remove the personal data or mask it; if it came from users, check who can read this content and "
                            + "whether its retention is allowed.");
            case CHAT_TRANSCRIPT -> new CheckInfo(PREFIX + d.ruleId(), "Chat transcript stored in content", Severity.LOW,
                    List.of(LLM02, SENSITIVE_LOG),
                    "Keep conversations out of logs and repositories, or store them where access and retention are "
                            + "controlled; they often hold personal data and secrets users pasted.");
        };
    }

    private Severity secretSeverity(Detection d) {
        return rules.find(d.ruleId()).map(SecretRule::severity)
                .or(() -> KnownPasswordKeyStore.rule(d.ruleId()).map(KeyStoreRule::severity))
                .orElse(Severity.HIGH);
    }

    /** How sure the match is: a provider-specific pattern, or a generic keyword-and-entropy guess. */
    static String confidence(Detection d) {
        if (d.category() != Category.SECRET) {
            return "pattern";
        }
        return d.ruleId().toLowerCase(Locale.ROOT).startsWith("generic") ? "generic" : "pattern";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
