package dev.ward.secrets.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.verify.ProviderStandIn.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Verification against loopback stand-ins for eight providers, each speaking its provider's wire format. The
 * stand-ins replace the providers' base URIs through the test-only constructor.
 */
class LiveVerifierTest {

    private final FakeSecrets fakes = new FakeSecrets(83);
    private final List<ProviderStandIn> servers = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();

    /** Per provider: how to make a key, the 200 body and the rejection the real API gives. */
    record Provider(String name, Supplier<String> key, Answer ok, Answer rejected) {
    }

    private List<Provider> providers() {
        return List.of(
                new Provider("OpenAI", fakes::openAi, Answer.of(200, "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1721172741,\"owned_by\":\"system\"}]}"),
                        Answer.of(401, "{\"error\":{\"message\":\"Incorrect API key provided.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}")),
                new Provider("Anthropic", fakes::anthropic, Answer.of(200, "{\"data\":[{\"type\":\"model\",\"id\":\"claude-sonnet-4-5\",\"display_name\":\"Claude Sonnet 4.5\"}],\"has_more\":false}"),
                        Answer.of(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}")),
                new Provider("DeepSeek", fakes::deepSeek, Answer.of(200, "{\"object\":\"list\",\"data\":[{\"id\":\"deepseek-chat\",\"object\":\"model\",\"owned_by\":\"deepseek\"}]}"),
                        Answer.of(401, "{\"error\":{\"message\":\"Authentication Fails, Your api key is invalid\",\"type\":\"authentication_error\",\"param\":null,\"code\":\"invalid_request_error\"}}")),
                new Provider("Groq", fakes::groq, Answer.of(200, "{\"object\":\"list\",\"data\":[{\"id\":\"llama-3.3-70b-versatile\",\"object\":\"model\",\"owned_by\":\"Meta\"}]}"),
                        Answer.of(401, "{\"error\":{\"message\":\"Invalid API Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")),
                new Provider("Hugging Face", fakes::huggingFace, Answer.of(200, "{\"type\":\"user\",\"name\":\"ward-test\",\"auth\":{\"type\":\"access_token\"}}"),
                        Answer.of(401, "{\"error\":\"Invalid credentials in Authorization header\"}")),
                new Provider("GitHub", fakes::gitHub, Answer.of(200, "{\"login\":\"octocat\",\"id\":1,\"type\":\"User\"}"),
                        Answer.of(401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}")),
                new Provider("Slack", fakes::slackBot, Answer.of(200, "{\"ok\":true,\"url\":\"https://ward-test.slack.com/\",\"team\":\"Ward\",\"user\":\"bot\"}"),
                        Answer.of(200, "{\"ok\":false,\"error\":\"invalid_auth\"}")),
                new Provider("Stripe", fakes::stripeLive, Answer.of(200, "{\"object\":\"balance\",\"available\":[{\"amount\":0,\"currency\":\"usd\"}],\"livemode\":true}"),
                        Answer.of(401, "{\"error\":{\"message\":\"Invalid API Key provided\",\"type\":\"invalid_request_error\"}}")));
    }

    private ProviderStandIn serve(ProviderStandIn server) {
        servers.add(server);
        return server;
    }

    private LiveVerifier verifier(Map<String, URI> standIns) {
        return new LiveVerifier(ProviderChecks.standard(), standIns, Duration.ofSeconds(5), waits::add);
    }

    @AfterEach
    void stop() {
        servers.forEach(ProviderStandIn::close);
    }

    @Test
    void eachProviderSaysVerifiedOrInvalidAndOnlyItsOwnKeysReachIt() throws Exception {
        Map<String, URI> standIns = new LinkedHashMap<>();
        Map<String, ProviderStandIn> byName = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Provider p : providers()) {
            String good = p.key().get();
            String bad = p.key().get();
            ProviderStandIn server = serve(ProviderStandIn.of(Set.of(good), p.ok(), p.rejected()));
            standIns.put(p.name(), server.uri());
            byName.put(p.name(), server);
            keys.put(p.name(), List.of(good, bad));
        }
        LiveVerifier verifier = verifier(standIns);
        for (Provider p : providers()) {
            List<String> pair = keys.get(p.name());
            assertThat(verifier.verify(p.name(), pair.get(0))).as(p.name() + " good key").get()
                    .extracting(Verification::state).isEqualTo(Verification.State.VERIFIED);
            assertThat(verifier.verify(p.name(), pair.get(1))).as(p.name() + " bad key").get()
                    .extracting(Verification::state).isEqualTo(Verification.State.INVALID);
        }
        for (Provider p : providers()) {
            // Compare as booleans so that a failure never prints a key.
            assertThat(byName.get(p.name()).received().equals(keys.get(p.name())))
                    .as(p.name() + " received exactly its own two keys, in order").isTrue();
        }
    }

    @Test
    void providersAreAskedOnTheirOwnHostsWithReadOnlyGets() {
        Map<String, String> hosts = new LinkedHashMap<>();
        for (ProviderCheck check : ProviderChecks.standard()) {
            hosts.put(check.provider(), check.base().getHost());
            var request = check.request(check.base(), "k", Duration.ofSeconds(1));
            assertThat(request.uri().getHost()).isEqualTo(check.base().getHost());
            assertThat(request.uri().getScheme()).isEqualTo("https");
            assertThat(request.method()).isEqualTo("GET");
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("OpenAI", "api.openai.com");
        expected.put("Anthropic", "api.anthropic.com");
        expected.put("DeepSeek", "api.deepseek.com");
        expected.put("Groq", "api.groq.com");
        expected.put("Hugging Face", "huggingface.co");
        expected.put("GitHub", "api.github.com");
        expected.put("Slack", "slack.com");
        expected.put("Stripe", "api.stripe.com");
        assertThat(hosts).containsExactlyEntriesOf(expected);
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyCannotLeaveItsProvider() throws Exception {
        ProviderStandIn elsewhere = serve(ProviderStandIn.of(Set.of(), Answer.of(200, "{}"), Answer.of(200, "{}")));
        ProviderStandIn openAi = serve(ProviderStandIn.scripted(List.of(
                new Answer(302, "", List.of("Location", elsewhere.uri() + "/v1/models")))));
        Verification verdict = verifier(Map.of("OpenAI", openAi.uri())).verify("OpenAI", fakes.openAi()).orElseThrow();
        assertThat(verdict.state()).isEqualTo(Verification.State.UNKNOWN);
        assertThat(verdict.detail()).contains("302").contains("api.openai.com");
        assertThat(elsewhere.received()).isEmpty();
    }

    @Test
    void aKeyThatDoesNotLookLikeTheProvidersIsNeverSent() throws Exception {
        ProviderStandIn openAi = serve(ProviderStandIn.of(Set.of(), Answer.of(200, "{}"), Answer.of(401, "{}")));
        LiveVerifier verifier = verifier(Map.of("OpenAI", openAi.uri()));
        assertThat(verifier.verify("OpenAI", "ghp_" + "a".repeat(36))).isEmpty();
        assertThat(verifier.verify("Some Provider", fakes.openAi())).isEmpty();
        assertThat(openAi.received()).isEmpty();
    }

    @Test
    void rateLimitsAreWaitedOutAsRetryAfterSaysAndResultsAreCached() throws Exception {
        ProviderStandIn groq = serve(ProviderStandIn.scripted(List.of(
                new Answer(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}", List.of("Retry-After", "7")),
                Answer.of(200, "{\"object\":\"list\",\"data\":[]}"))));
        LiveVerifier verifier = verifier(Map.of("Groq", groq.uri()));
        String key = fakes.groq();
        assertThat(verifier.verify("Groq", key).orElseThrow().state()).isEqualTo(Verification.State.VERIFIED);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(verifier.verify("Groq", key).orElseThrow().state()).isEqualTo(Verification.State.VERIFIED);
        assertThat(groq.received()).hasSize(2);
    }

    @Test
    void persistentRateLimitEndsAsUnknownAfterBoundedRetries() throws Exception {
        ProviderStandIn hf = serve(ProviderStandIn.scripted(List.of(
                new Answer(429, "{\"error\":\"rate limited\"}", List.of("Retry-After", "3600")))));
        Verification verdict = verifier(Map.of("Hugging Face", hf.uri())).verify("Hugging Face", fakes.huggingFace()).orElseThrow();
        assertThat(verdict.state()).isEqualTo(Verification.State.UNKNOWN);
        assertThat(verdict.detail()).contains("rate limited");
        assertThat(hf.received()).hasSize(LiveVerifier.MAX_RETRIES + 1);
        assertThat(waits).allSatisfy(d -> assertThat(d).isEqualTo(LiveVerifier.MAX_WAIT));
    }
}
