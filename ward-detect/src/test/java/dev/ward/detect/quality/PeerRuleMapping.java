package dev.ward.detect.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Ward rules answer for which peer rule. A peer rule listed here is one Ward claims to cover: its samples count
 * in the overall precision and recall. Peer rules not listed are reported as uncovered, with their sample counts,
 * and do not count. Ward's generic rules are mapped to the peers' generic rules separately and reported on their
 * own line, because neither side's generic rule is a provider format.
 */
final class PeerRuleMapping {

    private PeerRuleMapping() {
    }

    static final List<String> OPENAI = List.of("openai-project-key", "openai-service-account-key", "openai-admin-key",
            "openai-legacy-key", "openai-user-key");
    static final List<String> SLACK = List.of("slack-token", "slack-app-token", "slack-config-access-token",
            "slack-config-refresh-token");
    static final List<String> GITHUB = List.of("github-token", "github-fine-grained-token",
            "github-app-installation-jwt");
    static final List<String> PRIVATE_KEYS = List.of("pem-private-key", "pem-private-key-embedded");
    static final List<String> VAULT_SERVICE = List.of("vault-service-token", "vault-legacy-service-token");
    static final List<String> DB_URLS = List.of("postgres-url-password", "mysql-url-password", "mongodb-url-password",
            "redis-url-password", "clickhouse-url-password", "amqp-url-password", "url-credentials");
    static final Set<String> GENERIC_WARD = Set.of("generic-secret-assignment");

    static final Map<String, List<String>> GITLEAKS = Map.ofEntries(
            Map.entry("1password-secret-key", List.of("onepassword-secret-key")),
            Map.entry("1password-service-account-token", List.of("onepassword-service-account-token")),
            Map.entry("anthropic-admin-api-key", List.of("anthropic-admin-key")),
            Map.entry("anthropic-api-key", List.of("anthropic-api-key")),
            Map.entry("artifactory-api-key", List.of("jfrog-api-key")),
            Map.entry("artifactory-reference-token", List.of("jfrog-reference-token")),
            Map.entry("atlassian-api-token", List.of("atlassian-api-token", "atlassian-legacy-api-token", "atlassian-access-token")),
            Map.entry("aws-access-token", List.of("aws-access-key-id")),
            Map.entry("aws-amazon-bedrock-api-key-long-lived", List.of("aws-bedrock-api-key")),
            Map.entry("azure-ad-client-secret", List.of("azure-ad-client-secret")),
            Map.entry("cloudflare-api-key", List.of("cloudflare-api-token", "cloudflare-prefixed-token")),
            Map.entry("cloudflare-global-api-key", List.of("cloudflare-global-api-key")),
            Map.entry("cloudflare-origin-ca-key", List.of("cloudflare-origin-ca-key")),
            Map.entry("cohere-api-token", List.of("cohere-api-key")),
            Map.entry("databricks-api-token", List.of("databricks-token")),
            Map.entry("easypost-api-token", List.of("easypost-api-key")),
            Map.entry("easypost-test-api-token", List.of("easypost-api-key")),
            Map.entry("facebook-access-token", List.of("facebook-access-token", "facebook-app-access-token")),
            Map.entry("facebook-page-access-token", List.of("facebook-access-token")),
            Map.entry("flyio-access-token", List.of("flyio-access-token")),
            Map.entry("gcp-api-key", List.of("google-api-key")),
            Map.entry("gcp-service-account", List.of("gcp-service-account-key")),
            Map.entry("github-app-token", GITHUB),
            Map.entry("github-fine-grained-pat", GITHUB),
            Map.entry("github-oauth", GITHUB),
            Map.entry("github-pat", GITHUB),
            Map.entry("github-refresh-token", GITHUB),
            Map.entry("gitlab-pat", List.of("gitlab-pat")),
            Map.entry("gitlab-pat-routable", List.of("gitlab-pat")),
            Map.entry("gitlab-ptt", List.of("gitlab-pipeline-trigger-token")),
            Map.entry("gitlab-rrt", List.of("gitlab-runner-registration-token")),
            Map.entry("gitlab-runner-authentication-token-routable", List.of("gitlab-runner-token")),
            Map.entry("grafana-cloud-api-token", List.of("grafana-cloud-token")),
            Map.entry("grafana-service-account-token", List.of("grafana-service-account-token")),
            Map.entry("hashicorp-tf-api-token", List.of("terraform-cloud-token")),
            Map.entry("heroku-api-key", List.of("heroku-api-key")),
            Map.entry("heroku-api-key-v2", List.of("heroku-api-key-v2")),
            Map.entry("huggingface-access-token", List.of("huggingface-token")),
            Map.entry("huggingface-organization-api-token", List.of("huggingface-org-token")),
            Map.entry("infracost-api-token", List.of("infracost-api-key")),
            Map.entry("jwt", List.of("jwt")),
            Map.entry("mailchimp-api-key", List.of("mailchimp-api-key")),
            Map.entry("notion-api-token", List.of("notion-integration-token", "notion-legacy-token")),
            Map.entry("octopus-deploy-api-key", List.of("octopus-deploy-api-key")),
            Map.entry("okta-access-token", List.of("okta-api-token")),
            Map.entry("openai-api-key", OPENAI),
            Map.entry("perplexity-api-key", List.of("perplexity-api-key")),
            Map.entry("prefect-api-token", List.of("prefect-api-key")),
            Map.entry("private-key", PRIVATE_KEYS),
            Map.entry("pulumi-api-token", List.of("pulumi-access-token")),
            Map.entry("readme-api-token", List.of("readme-api-key")),
            Map.entry("scalingo-api-token", List.of("scalingo-api-token")),
            Map.entry("sentry-org-token", List.of("sentry-org-token")),
            Map.entry("slack-app-token", SLACK),
            Map.entry("slack-bot-token", SLACK),
            Map.entry("slack-user-token", SLACK),
            Map.entry("slack-legacy-bot-token", SLACK),
            Map.entry("slack-legacy-token", SLACK),
            Map.entry("slack-legacy-workspace-token", SLACK),
            Map.entry("slack-config-access-token", SLACK),
            Map.entry("slack-config-refresh-token", SLACK),
            Map.entry("slack-webhook-url", List.of("slack-webhook-url")),
            Map.entry("snyk-api-token", List.of("snyk-token")),
            // Ward names the pre-prefix 40-character SonarQube token apart (sonarqube-legacy-token); same token kind
            Map.entry("sonar-api-token", List.of("sonarqube-token", "sonarqube-legacy-token")),
            // likewise Sourcegraph's unprefixed 40-hex token
            Map.entry("sourcegraph-access-token", List.of("sourcegraph-access-token", "sourcegraph-legacy-token")),
            Map.entry("square-access-token", List.of("square-access-token", "square-production-token")),
            Map.entry("square-secret", List.of("square-oauth-secret")),
            Map.entry("stripe-access-token", List.of("stripe-live-key", "stripe-test-key")),
            Map.entry("vault-batch-token", List.of("vault-batch-token")),
            Map.entry("vault-service-token", VAULT_SERVICE));

    static final Map<String, List<String>> GITLEAKS_GENERIC = Map.of("generic-api-key", List.copyOf(GENERIC_WARD));

    static final Map<String, List<String>> SECRETLINT = Map.ofEntries(
            Map.entry("secretlint-rule-1password", List.of("onepassword-secret-key", "onepassword-service-account-token")),
            Map.entry("secretlint-rule-anthropic", List.of("anthropic-api-key", "anthropic-admin-key")),
            Map.entry("secretlint-rule-aws", List.of("aws-access-key-id", "aws-secret-access-key")),
            Map.entry("secretlint-rule-azure", List.of("azure-storage-account-key", "azure-ad-client-secret",
                    "azure-ad-client-secret-legacy",
                    "azure-sas-signature", "azure-cosmosdb-key", "azure-openai-key")),
            Map.entry("secretlint-rule-basicauth", DB_URLS),
            Map.entry("secretlint-rule-cloudflare", List.of("cloudflare-api-token", "cloudflare-global-api-key", "cloudflare-prefixed-token",
                    "cloudflare-origin-ca-key")),
            Map.entry("secretlint-rule-database-connection-string", DB_URLS),
            Map.entry("secretlint-rule-databricks", List.of("databricks-token")),
            Map.entry("secretlint-rule-docker", List.of("dockerhub-pat", "dockerhub-oat")),
            Map.entry("secretlint-rule-figma", List.of("figma-pat")),
            // a service-account key file is flagged for its private key; Ward finds that key with its own rule when the
            // file's PEM is not well-formed enough for gcp-service-account-key's check; a legacy .p12 key (password
            // notasecret) is gcp-p12-service-account-key's, a key-store check that PeerQuality hands the file's bytes
            Map.entry("secretlint-rule-gcp", List.of("gcp-service-account-key", "gcp-p12-service-account-key",
                    "google-api-key", "pem-private-key", "pem-private-key-embedded")),
            Map.entry("secretlint-rule-github", GITHUB),
            Map.entry("secretlint-rule-gitlab", List.of("gitlab-pat", "gitlab-deploy-token", "gitlab-runner-token",
                    "gitlab-pipeline-trigger-token", "gitlab-runner-registration-token", "gitlab-ci-build-token",
                    "gitlab-feed-token", "gitlab-incoming-mail-token", "gitlab-agent-token", "gitlab-oauth-app-secret",
                    "gitlab-scim-token", "gitlab-feature-flags-token")),
            Map.entry("secretlint-rule-grafana", List.of("grafana-cloud-token", "grafana-service-account-token",
                    "grafana-api-key")),
            Map.entry("secretlint-rule-groq", List.of("groq-api-key")),
            Map.entry("secretlint-rule-hashicorp-vault", List.of("vault-service-token", "vault-batch-token",
                    "vault-recovery-token", "vault-legacy-service-token")),
            Map.entry("secretlint-rule-huggingface", List.of("huggingface-token", "huggingface-org-token")),
            Map.entry("secretlint-rule-linear", List.of("linear-api-key", "linear-oauth-token")),
            Map.entry("secretlint-rule-notion", List.of("notion-integration-token", "notion-legacy-token")),
            Map.entry("secretlint-rule-npm", List.of("npm-access-token", "npmrc-auth-token")),
            Map.entry("secretlint-rule-openai", OPENAI),
            Map.entry("secretlint-rule-privatekey", PRIVATE_KEYS),
            Map.entry("secretlint-rule-sendgrid", List.of("sendgrid-api-key")),
            Map.entry("secretlint-rule-shopify", List.of("shopify-access-token", "shopify-custom-app-token",
                    "shopify-private-app-token", "shopify-shared-secret")),
            Map.entry("secretlint-rule-slack", List.of("slack-token", "slack-app-token", "slack-webhook-url",
                    "slack-config-access-token", "slack-config-refresh-token")),
            Map.entry("secretlint-rule-stripe", List.of("stripe-live-key", "stripe-test-key", "stripe-webhook-secret")),
            Map.entry("secretlint-rule-tailscale", List.of("tailscale-key")));

    static final Map<String, List<String>> CREDSWEEPER = credSweeper();
    static final Map<String, List<String>> CREDSWEEPER_GENERIC = Map.of("Password", List.copyOf(GENERIC_WARD),
            "Token", List.copyOf(GENERIC_WARD), "Secret", List.copyOf(GENERIC_WARD), "Key", List.copyOf(GENERIC_WARD),
            "API", List.copyOf(GENERIC_WARD), "Credential", List.copyOf(GENERIC_WARD));

    private static Map<String, List<String>> credSweeper() {
        Map<String, String> byPrefix = Map.ofEntries(
                Map.entry("PEM Private Key", "pem-private-key"), Map.entry("Gitlab Prefix Token", "gitlab-"),
                Map.entry("AWS Client ID", "aws-access-key-id"), Map.entry("AWS Multi", "aws-"),
                Map.entry("Stripe Credentials", "stripe-"), Map.entry("NewRelic Credentials", "newrelic-"),
                Map.entry("PostHog Credentials", "posthog-"), Map.entry("Atlassian PAT token", "atlassian-"),
                Map.entry("Jira / Confluence PAT token", "atlassian-"), Map.entry("Slack Token", "slack-"),
                Map.entry("JSON Web Token", "jwt"), Map.entry("CloudFlare API Token", "cloudflare-"),
                Map.entry("Docker Access Token", "dockerhub-"), Map.entry("Groq API Key", "groq-"),
                Map.entry("Hugging Face User Access Token", "huggingface-"), Map.entry("OpenAI Token", "openai-"),
                Map.entry("PlanetScale Credentials", "planetscale-"), Map.entry("Amazon Bedrock API Key", "aws-bedrock-"),
                Map.entry("Digital Ocean Token", "digitalocean-"), Map.entry("Figma Personal Access Token", "figma-"),
                Map.entry("Google OAuth Secret", "google-oauth-client-secret"),
                Map.entry("Grafana Provisioned API Key", "grafana-"), Map.entry("Heroku Credentials", "heroku-"),
                Map.entry("Jfrog Token", "jfrog-"), Map.entry("MailGun API Key", "mailgun-"),
                Map.entry("Postman Credentials", "postman-"), Map.entry("SonarQube Credentials", "sonarqube-"),
                Map.entry("Square Credentials", "square-"), Map.entry("Supabase Credentials", "supabase-"),
                Map.entry("Together AI API Key", "together-"), Map.entry("Twilio Credentials", "twilio-"),
                Map.entry("1Password Account Token", "onepassword-"), Map.entry("Age Secret Key", "age-"),
                Map.entry("Alibaba Access Key ID", "alibaba-"), Map.entry("Anthropic API Key", "anthropic-"),
                Map.entry("Azure Storage Account Key", "azure-storage-"), Map.entry("Azure Secret Value", "azure-ad-"),
                Map.entry("Bitbucket App Password", "bitbucket-"), Map.entry("Bitbucket HTTP Access Token", "bitbucket-dc-http-token"),
                Map.entry("Bitbucket Repository Access Token", "atlassian-"), Map.entry("Brevo API Key", "brevo-"),
                Map.entry("Clojars Deploy Token", "clojars-"), Map.entry("Databricks Access Token", "databricks-"),
                Map.entry("DeepSeek API Key", "deepseek-"), Map.entry("Discord Bot Token", "discord-bot-"),
                Map.entry("Discord Webhook", "discord-webhook-"), Map.entry("Doppler API Key", "doppler-"),
                Map.entry("Dropbox OAuth2 API Access Token", "dropbox-"), Map.entry("Dynatrace API Token", "dynatrace-"),
                Map.entry("Facebook Access Token", "facebook-"), Map.entry("Github App Installation Token", "github-"),
                Map.entry("Github Classic Token", "github-"), Map.entry("Github Fine-granted Token", "github-"),
                Map.entry("Google API Key", "google-api-key"), Map.entry("Google OAuth Access Token", "google-oauth-access"),
                Map.entry("Google OAuth Refresh Token", "google-oauth-refresh"),
                Map.entry("Grafana Service Account Token", "grafana-"), Map.entry("Grafana Access Policy Token", "grafana-"),
                Map.entry("Hashicorp Terraform Token", "terraform-"), Map.entry("Hashicorp Vault Token", "vault-"),
                Map.entry("Linear API Key", "linear-"), Map.entry("MailChimp API Key", "mailchimp-"),
                Map.entry("Netlify Token", "netlify-"), Map.entry("Notion Integration Token", "notion-"),
                Map.entry("NPM Token", "npm"), Map.entry("NuGet API key", "nuget-"),
                Map.entry("PayPal Braintree Access Token", "braintree-"), Map.entry("Perplexity API Key", "perplexity-"),
                Map.entry("PyPi API Token", "pypi-"), Map.entry("RubyGems API Key", "rubygems-"),
                Map.entry("SendGrid API Key", "sendgrid-"), Map.entry("Sentry Organization Auth Token", "sentry-org-"),
                Map.entry("Sentry User Auth Token", "sentry-user-"), Map.entry("Shopify Token", "shopify-"),
                Map.entry("Slack Webhook", "slack-webhook-"), Map.entry("Square Access Token", "square-"),
                Map.entry("Telegram Bot API Token", "telegram-"), Map.entry("Tavily API Key", "tavily-"),
                Map.entry("Vercel Token", "vercel-"), Map.entry("X AI API Key", "xai-"),
                Map.entry("URL Credentials", "url-credentials"),
                // CredSweeper's "LLAMA API Key" is the llx- key of LlamaIndex's LlamaCloud (not Meta's LLM| key)
                Map.entry("LLAMA API Key", "llamacloud-"), Map.entry("Instagram Access Token", "instagram-"),
                Map.entry("Dropbox API secret (long term)", "dropbox-long-lived-"),
                // not "Salesforce Credentials": 5 of its 6 samples are org ids (00D...) and a connected app's consumer
                // key (3MVG...), identifiers rather than credentials; Ward's salesforce-access-token finds the sixth
                Map.entry("Docker Swarm Key", "docker-swarm-unlock-"),
                Map.entry("Docker Swarm Token", "docker-swarm-join-"), Map.entry("NKEY Seed", "nats-nkey-"),
                Map.entry("Akamai Credentials", "akamai-"), Map.entry("Defined Networking API Key", "defined-networking-"),
                Map.entry("Alibaba Multi", "alibaba-"), Map.entry("AWS MWS Key", "aws-mws-"),
                Map.entry("AWS AppSync GraphQL API Key", "aws-appsync-"),
                Map.entry("X App-Only Authentication Bearer Token", "x-app-only-"),
                Map.entry("WunderGraph API Key", "wundergraph-"), Map.entry("JWK", "jwk-private-key"),
                // an Entra ID access token is a JWT: Ward reports it with its JWT rule
                Map.entry("Azure Access Token", "jwt"),
                // Ward's rule for an app token (app id|secret) needs the word facebook before it: the bare form has
                // no literal to anchor on
                Map.entry("Facebook App Token", "facebook-app-access-token"));
        // Ward names a password in a database URL by its scheme (postgres-url-password, ...): same finding
        Map<String, List<String>> extra = Map.of("URL Credentials", DB_URLS);
        return byPrefix.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> extra.getOrDefault(e.getKey(), List.of("prefix:" + e.getValue()))));
    }

    /** Whether a Ward rule id answers for a peer rule mapped to {@code wardRules} (entries may be "prefix:..."). */
    static boolean answers(List<String> wardRules, String wardRuleId) {
        for (String rule : wardRules) {
            if (rule.startsWith("prefix:") ? wardRuleId.startsWith(rule.substring(7)) : rule.equals(wardRuleId)) {
                return true;
            }
        }
        return false;
    }
}
