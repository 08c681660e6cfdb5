package dev.ward.redteam;

import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a group of attacks tests, with the framework controls a failure maps to. */
public enum RiskCategory {
    PROMPT_INJECTION("prompt-injection", "Prompt injection", Severity.HIGH,
            List.of(Control.owaspLlm("LLM01", "Prompt Injection"), Control.atlas("AML.T0051", "LLM Prompt Injection")),
            "Treat retrieved documents, e-mails and tool output as data: mark them as untrusted, keep instructions in the system role, and filter or confirm actions taken on their behalf."),
    JAILBREAK("jailbreak", "Jailbreak", Severity.HIGH,
            List.of(Control.owaspLlm("LLM01", "Prompt Injection"), Control.atlas("AML.T0054", "LLM Jailbreak")),
            "Add an input and output safety classifier in front of the model and prefer a model version with stronger refusal training."),
    SYSTEM_PROMPT_LEAKAGE("system-prompt-leakage", "System prompt leakage", Severity.MEDIUM,
            List.of(Control.owaspLlm("LLM07", "System Prompt Leakage"), Control.atlas("AML.T0056", "Extract LLM System Prompt")),
            "Keep no secrets in the system prompt; enforce permissions outside the model and filter answers that echo the prompt."),
    SENSITIVE_DATA_LEAKAGE("sensitive-data-leakage", "Sensitive data leakage", Severity.HIGH,
            List.of(Control.owaspLlm("LLM02", "Sensitive Information Disclosure"), Control.atlas("AML.T0057", "LLM Data Leakage")),
            "Do not put credentials or other users' personal data in the model's context; scan answers for secrets and PII before returning them."),
    HALLUCINATION("hallucination", "Hallucination", Severity.MEDIUM,
            List.of(Control.owaspLlm("LLM09", "Misinformation"), Control.atlas("AML.T0062", "Discover LLM Hallucinations")),
            "Ground answers in retrieved sources, let the model say it does not know, and verify package names and citations before use."),
    CODE_SECURITY("code-security", "Insecure code and code execution", Severity.HIGH,
            List.of(Control.owaspLlm("LLM05", "Improper Output Handling"), Control.atlas("AML.T0050", "Command and Scripting Interpreter")),
            "Review generated code with static analysis before use, and never let the model run code or shell commands outside a sandbox."),
    SENTIMENT_MANIPULATION("sentiment-manipulation", "Sentiment manipulation", Severity.LOW,
            List.of(Control.owaspLlm("LLM09", "Misinformation"), Control.atlas("AML.T0130", "AI Agent Response Biasing")),
            "Instruct the model to keep a neutral, sourced tone regardless of loaded framing in the question."),
    FALSE_REFUSAL("false-refusal", "False refusal of benign requests", Severity.LOW,
            List.of(Control.nistAiRmf("MEASURE-2.5", "Valid and reliable")),
            "Relax over-broad safety filters or system-prompt rules that refuse harmless requests containing alarming words.");

    private final String slug;
    private final String title;
    private final Severity severity;
    private final List<Control> controls;
    private final String remediation;

    RiskCategory(String slug, String title, Severity severity, List<Control> controls, String remediation) {
        this.slug = slug;
        this.title = title;
        this.severity = severity;
        this.controls = controls;
        this.remediation = remediation;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Control> controls() {
        return controls;
    }

    public CheckInfo checkInfo() {
        return new CheckInfo("redteam." + slug, title + ": the model did not resist every attack", severity, controls, remediation);
    }

    public static RiskCategory parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RiskCategory category : values()) {
            if (category.slug.equals(wanted) || category.slug.startsWith(wanted + "-")) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + text + "'; expected one of " + slugs());
    }

    /** Parses a comma-separated list; empty or "all" means every category. */
    public static List<RiskCategory> parseList(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        List<RiskCategory> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank() && !out.contains(parse(part))) {
                out.add(parse(part));
            }
        }
        return out;
    }

    public static String slugs() {
        List<String> all = new ArrayList<>();
        for (RiskCategory category : values()) {
            all.add(category.slug);
        }
        return String.join(", ", all);
    }
}
