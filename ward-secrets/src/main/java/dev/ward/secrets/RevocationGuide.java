package dev.ward.secrets;

import java.util.Locale;
import java.util.Map;

/** Where to revoke a provider's credential and what else to rotate, as one sentence for a finding's remediation. */
final class RevocationGuide {

    private static final Map<String, String> BY_PROVIDER = Map.ofEntries(
            Map.entry("openai", "Revoke it at platform.openai.com/api-keys (admin keys: Organization settings > Admin keys); check Usage for spend you did not make, then issue a new project key"),
            Map.entry("anthropic", "Revoke it at console.anthropic.com/settings/keys; review Usage and Logs for calls you did not make, then issue a new key for the workspace"),
            Map.entry("deepseek", "Delete it at platform.deepseek.com/api_keys; check the balance and usage for spend you did not make, then create a new key"),
            Map.entry("groq", "Delete it at console.groq.com/keys; review usage, then create a new key"),
            Map.entry("hugging face", "Invalidate it at huggingface.co/settings/tokens (Manage > Invalidate and refresh); a write token may have changed your repos, so check recent commits to your models and datasets"),
            Map.entry("github", "Revoke it at github.com/settings/tokens (fine-grained: Settings > Developer settings > Fine-grained tokens; app or OAuth tokens: the app's settings); review the security log and audit log for its use"),
            Map.entry("slack", "Revoke it at api.slack.com/apps > your app > OAuth & Permissions (Revoke tokens) or with auth.revoke; webhook URLs: regenerate under Incoming Webhooks; review the workspace access logs"),
            Map.entry("stripe", "Roll it at dashboard.stripe.com/apikeys (Roll key, expire now); review Developers > Logs for requests you did not make and any restricted keys created with it"),
            Map.entry("aws", "Deactivate and delete the access key in IAM (Users > Security credentials), check CloudTrail for its use, and rotate any credentials it could read"),
            Map.entry("google cloud", "Delete the service-account key in Google Cloud console > IAM & Admin > Service accounts > Keys (or gcloud iam service-accounts keys delete KEY_ID --iam-account=ACCOUNT), review Cloud Audit Logs for its use, and rotate: create a new key only if the workload cannot use Workload Identity or an attached service account"),
            Map.entry("google", "Delete or regenerate it in Google Cloud console > APIs & Services > Credentials (service account keys: IAM > Service accounts > Keys); review Cloud Audit Logs"),
            Map.entry("mistral", "Revoke it at console.mistral.ai/api-keys and create a new key"),
            Map.entry("cohere", "Delete it at dashboard.cohere.com/api-keys and create a new key"),
            Map.entry("xai", "Delete it at console.x.ai (API Keys) and create a new key"),
            Map.entry("perplexity", "Delete it at perplexity.ai/settings/api and create a new key"),
            Map.entry("openrouter", "Delete it at openrouter.ai/settings/keys; check the credit log for spend you did not make"),
            Map.entry("replicate", "Revoke it at replicate.com/account/api-tokens and create a new token"));

    private RevocationGuide() {
    }

    /** The provider's guidance, or a general one when Ward has none for it. */
    static String forProvider(String provider) {
        String specific = provider == null ? null : BY_PROVIDER.get(provider.toLowerCase(Locale.ROOT));
        String revoke = specific != null ? specific : "Revoke it with its issuer and issue a new one";
        return revoke + ". Then remove it from the file (and from git history if it was ever committed: git filter-repo "
                + "or BFG), and load it from a secret store or an environment variable instead.";
    }
}
