package dev.ward.detect;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Tokens that end in a checksum of their own random part, after a prefix and an underscore (GitHub's and
 * Cloudflare's scannable formats). A wrong checksum does not veto the match (a token may be mangled in transit), it
 * only keeps it at pattern-only confidence; a body of another length is not checked at all.
 */
final class ChecksumSuffix {

    private ChecksumSuffix() {
    }

    static SecretCheck.Verdict check(String token, int randomLength, int checksumLength, UnaryOperator<String> checksum) {
        String body = token.substring(token.indexOf('_') + 1);
        if (body.length() != randomLength + checksumLength) {
            return SecretCheck.Verdict.UNCHECKED;
        }
        boolean valid = checksum.apply(body.substring(0, randomLength)).equals(body.substring(randomLength));
        Map<String, String> attributes = Map.of("checksum", valid ? "valid" : "invalid");
        return valid ? SecretCheck.Verdict.valid(attributes) : SecretCheck.Verdict.patternOnly(attributes);
    }
}
