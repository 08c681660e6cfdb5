package dev.ward.redteam.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Against AWS's published SigV4 test suite (credentials AKIDEXAMPLE, us-east-1, service "service", 20150830T123600Z). */
class SigV4SignerTest {

    private static final AwsCredentials SUITE = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static final Instant AT = Instant.parse("2015-08-30T12:36:00Z");
    private final SigV4Signer signer = new SigV4Signer(SUITE, "us-east-1", "service", null);

    @Test
    void getVanilla() {
        Map<String, String> added = signer.sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], AT);
        assertThat(added.get("x-amz-date")).isEqualTo("20150830T123600Z");
        assertThat(added.get("authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void getVanillaCanonicalRequestHashesAsPublished() {
        TreeMap<String, String> headers = new TreeMap<>(Map.of("host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z"));
        String canonical = SigV4Signer.canonicalRequest("GET", URI.create("https://example.amazonaws.com/"), headers, "host;x-amz-date",
                SigV4Signer.hex(SigV4Signer.sha256(new byte[0])));
        assertThat(SigV4Signer.hex(SigV4Signer.sha256(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
    }

    @Test
    void postVanilla() {
        Map<String, String> added = signer.sign("POST", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], AT);
        assertThat(added.get("authorization")).endsWith("Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void queryParametersAreSortedByKey() {
        Map<String, String> added = signer.sign("GET", URI.create("https://example.amazonaws.com/?Param2=value2&Param1=value1"), Map.of(),
                new byte[0], AT);
        assertThat(added.get("authorization")).endsWith("Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void pathSegmentsAreEncodedTwiceForBedrock() {
        assertThat(SigV4Signer.canonicalUri(URI.create("https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-v2%3A1/converse")))
                .isEqualTo("/model/anthropic.claude-v2%253A1/converse");
    }

    @Test
    void sessionTokenIsSignedAndSecretNeverPrinted() {
        AwsCredentials withToken = new AwsCredentials("AKIDEXAMPLE", SUITE.secretAccessKey(), "TOKEN123");
        Map<String, String> added = new SigV4Signer(withToken, "us-east-1", "service", null)
                .sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], AT);
        assertThat(added.get("authorization")).contains("SignedHeaders=host;x-amz-date;x-amz-security-token");
        assertThat(withToken.toString()).doesNotContain(SUITE.secretAccessKey());
    }
}
