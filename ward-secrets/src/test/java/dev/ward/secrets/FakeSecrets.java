package dev.ward.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Invented credentials in each provider's real shape, from a seeded generator so a failure can be replayed. None of
 * them works anywhere; tests still never print them.
 */
public final class FakeSecrets {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String URL_SAFE = ALNUM + "_-";

    private final Random random;

    public FakeSecrets(long seed) {
        this.random = new Random(seed);
    }

    public String openAi() {
        return "sk-proj-" + pick(ALNUM, 64) + "T3BlbkFJ" + pick(ALNUM, 64);
    }

    /** A classic GitHub token with a correct CRC32 checksum in its last six characters. */
    public String gitHub() {
        String body = pick(ALNUM, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        StringBuilder checksum = new StringBuilder();
        long value = crc.getValue();
        for (int i = 0; i < 6; i++) {
            checksum.insert(0, BASE62.charAt((int) (value % 62)));
            value /= 62;
        }
        return "ghp_" + body + checksum;
    }

    public String anthropic() {
        return "sk-ant-api03-" + pick(URL_SAFE, 93) + "AA";
    }

    public String stripeLive() {
        return "sk_live_" + pick(ALNUM, 32);
    }

    public String slackBot() {
        return "xoxb-" + pick("0123456789", 12) + "-" + pick("0123456789", 13) + "-" + pick(ALNUM, 24);
    }

    public String huggingFace() {
        return "hf_" + pick(LETTERS, 34);
    }

    public String groq() {
        return "gsk_" + pick(ALNUM, 52);
    }

    public String deepSeek() {
        return "sk-" + pick("0123456789abcdef", 32);
    }

    public String awsKeyId() {
        return "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    }

    private String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
