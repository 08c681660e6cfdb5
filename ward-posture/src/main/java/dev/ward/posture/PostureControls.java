package dev.ward.posture;

import dev.ward.core.Control;

/** The framework controls posture checks map to, named once so every check spells them the same way. */
public final class PostureControls {

    public static final Control LLM01_PROMPT_INJECTION = Control.owaspLlm("LLM01", "Prompt Injection");
    public static final Control LLM02_DISCLOSURE = Control.owaspLlm("LLM02", "Sensitive Information Disclosure");
    public static final Control LLM03_SUPPLY_CHAIN = Control.owaspLlm("LLM03", "Supply Chain");
    public static final Control LLM04_POISONING = Control.owaspLlm("LLM04", "Data and Model Poisoning");
    public static final Control LLM06_AGENCY = Control.owaspLlm("LLM06", "Excessive Agency");
    public static final Control LLM08_VECTORS = Control.owaspLlm("LLM08", "Vector and Embedding Weaknesses");
    public static final Control LLM10_CONSUMPTION = Control.owaspLlm("LLM10", "Unbounded Consumption");

    public static final Control ATLAS_PUBLIC_APP = Control.atlas("AML.T0049", "Exploit Public-Facing Application");
    public static final Control ATLAS_VALID_ACCOUNTS = Control.atlas("AML.T0012", "Valid Accounts");
    public static final Control ATLAS_UNSECURED_CREDENTIALS = Control.atlas("AML.T0055", "Unsecured Credentials");
    public static final Control ATLAS_ARTIFACT_COLLECTION = Control.atlas("AML.T0035", "ML Artifact Collection");
    public static final Control ATLAS_DATA_REPOSITORIES = Control.atlas("AML.T0036", "Data from Information Repositories");
    public static final Control ATLAS_DENIAL = Control.atlas("AML.T0029", "Denial of ML Service");
    public static final Control ATLAS_EXFILTRATION = Control.atlas("AML.T0025", "Exfiltration via Cyber Means");
    public static final Control ATLAS_LLM_JAILBREAK = Control.atlas("AML.T0054", "LLM Jailbreak");
    public static final Control ATLAS_COST_HARVESTING = Control.atlas("AML.T0034", "Cost Harvesting");

    public static final Control NIST_SECURITY = Control.nistAiRmf("MEASURE 2.7", "AI system security and resilience are evaluated and documented");
    public static final Control NIST_PRIVACY = Control.nistAiRmf("MEASURE 2.10", "Privacy risk of the AI system is examined and documented");
    public static final Control NIST_MONITORING = Control.nistAiRmf("MANAGE 4.1", "Post-deployment monitoring plans are implemented");

    public static final Control CWE_MISSING_AUTH = Control.cwe(306, "Missing Authentication for Critical Function");
    public static final Control CWE_WEAK_PASSWORD = Control.cwe(521, "Weak Password Requirements");
    public static final Control CWE_PLAINTEXT_PASSWORD = Control.cwe(256, "Plaintext Storage of a Password");
    public static final Control CWE_HARDCODED_CREDENTIALS = Control.cwe(798, "Use of Hard-coded Credentials");
    public static final Control CWE_UNENCRYPTED_DATA = Control.cwe(311, "Missing Encryption of Sensitive Data");
    public static final Control CWE_CLEARTEXT_TRANSMISSION = Control.cwe(319, "Cleartext Transmission of Sensitive Information");
    public static final Control CWE_ACCESS_CONTROL = Control.cwe(284, "Improper Access Control");
    public static final Control CWE_WRONG_SPHERE = Control.cwe(668, "Exposure of Resource to Wrong Sphere");
    public static final Control CWE_UNLIMITED_RESOURCES = Control.cwe(770, "Allocation of Resources Without Limits or Throttling");
    public static final Control CWE_EXCESS_PRIVILEGE = Control.cwe(250, "Execution with Unnecessary Privileges");
    public static final Control CWE_INSECURE_DEFAULT = Control.cwe(1188, "Initialization of a Resource with an Insecure Default");
    public static final Control CWE_NO_LOGGING = Control.cwe(778, "Insufficient Logging");
    public static final Control CWE_IMPROPER_AUTH = Control.cwe(287, "Improper Authentication");
    public static final Control CWE_MISSING_ISOLATION = Control.cwe(653, "Improper Isolation or Compartmentalization");
    public static final Control CWE_PARSE_FAILURE = Control.cwe(20, "Improper Input Validation");

    private PostureControls() {
    }
}
