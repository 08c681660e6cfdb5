package dev.ward.core;

import java.util.Objects;

/**
 * A control in a security framework that a finding maps to, such as {@code OWASP-LLM02:2025} or {@code ATLAS AML.T0055}.
 */
public record Control(Framework framework, String id, String name) {

    public enum Framework {
        OWASP_LLM_2025("OWASP-"),
        MITRE_ATLAS("ATLAS "),
        NIST_AI_RMF("NIST-AI-RMF "),
        CWE("");

        private final String prefix;

        Framework(String prefix) {
            this.prefix = prefix;
        }
    }

    public Control {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }

    /** An OWASP Top 10 for LLM Applications 2025 entry, for example {@code owaspLlm("LLM02", "Sensitive Information Disclosure")}. */
    public static Control owaspLlm(String id, String name) {
        return new Control(Framework.OWASP_LLM_2025, id + ":2025", name);
    }

    public static Control atlas(String techniqueId, String name) {
        return new Control(Framework.MITRE_ATLAS, techniqueId, name);
    }

    public static Control nistAiRmf(String subcategory, String name) {
        return new Control(Framework.NIST_AI_RMF, subcategory, name);
    }

    public static Control cwe(int number, String name) {
        return new Control(Framework.CWE, "CWE-" + number, name);
    }

    /** The reference as people write it: {@code OWASP-LLM02:2025}, {@code ATLAS AML.T0055}, {@code CWE-306}. */
    public String reference() {
        return framework.prefix + id;
    }

    @Override
    public String toString() {
        return reference();
    }
}
