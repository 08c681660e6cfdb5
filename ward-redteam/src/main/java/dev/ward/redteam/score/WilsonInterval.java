package dev.ward.redteam.score;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside [0, 1] and
 * behaves at 0/n and n/n, which is where security scores often sit.
 */
public record WilsonInterval(double low, double high) {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(long successes, long trials) {
        if (trials <= 0) {
            return new WilsonInterval(0, 1);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " outside 0.." + trials);
        }
        return of((double) successes / trials, trials);
    }

    /** With a fractional (effective) sample size, as used for clustered data. */
    public static WilsonInterval of(double proportion, double trials) {
        if (trials <= 0) {
            return new WilsonInterval(0, 1);
        }
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / trials;
        double centre = (proportion + z2 / (2 * trials)) / denominator;
        double half = Z95 * Math.sqrt(proportion * (1 - proportion) / trials + z2 / (4 * trials * trials)) / denominator;
        // At 0 and 1 the bound is exact; rounding would otherwise leave it a hair inside.
        double low = proportion <= 0 ? 0 : Math.max(0, centre - half);
        double high = proportion >= 1 ? 1 : Math.min(1, centre + half);
        return new WilsonInterval(low, high);
    }

    public boolean overlaps(WilsonInterval other) {
        return low <= other.high && other.low <= high;
    }
}
