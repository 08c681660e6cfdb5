package dev.ward.redteam.target;

/**
 * Decoding settings sent with every request and recorded in the report, because a score at temperature 0
 * says little about the same model at 1.
 *
 * @param temperature sampling temperature
 * @param topP        nucleus sampling; null leaves the provider's default and is recorded as such
 * @param maxTokens   cap on the length of each answer
 */
public record Sampling(double temperature, Double topP, int maxTokens) {

    public static final Sampling DEFAULT = new Sampling(0.7, null, 512);

    public Sampling {
        if (temperature < 0 || maxTokens <= 0) {
            throw new IllegalArgumentException("temperature must be >= 0 and maxTokens > 0");
        }
    }
}
