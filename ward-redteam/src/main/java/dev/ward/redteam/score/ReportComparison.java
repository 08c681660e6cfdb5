package dev.ward.redteam.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which per-category changes between two runs are more than noise. */
public final class ReportComparison {

    /**
     * @param pValue      two-sided, from a pooled two-proportion z-test on clusters
     * @param significant p below 0.05
     * @param intervalsOverlap whether the two 95% Wilson intervals overlap (non-overlap is a stricter test)
     */
    public record CategoryChange(String category, int beforeResisted, int beforeClusters, int afterResisted, int afterClusters,
                                 double beforePercent, double afterPercent, double pValue, boolean significant, boolean intervalsOverlap) {

        public String verdict() {
            if (beforeClusters == 0 || afterClusters == 0) {
                return "not comparable";
            }
            if (!significant) {
                return "no significant change";
            }
            return afterPercent > beforePercent ? "significantly better" : "significantly worse";
        }
    }

    private ReportComparison() {
    }

    public static List<CategoryChange> compare(List<CategoryScore> before, List<CategoryScore> after) {
        Map<String, CategoryScore> old = before.stream().collect(Collectors.toMap(CategoryScore::category, Function.identity()));
        List<CategoryChange> changes = new ArrayList<>();
        for (CategoryScore now : after) {
            CategoryScore then = old.get(now.category());
            if (then == null) {
                continue;
            }
            double p = twoProportionPValue(then.resisted(), then.clusters(), now.resisted(), now.clusters());
            boolean overlap = WilsonInterval.of(then.resisted(), then.clusters()).overlaps(WilsonInterval.of(now.resisted(), now.clusters()));
            changes.add(new CategoryChange(now.category(), then.resisted(), then.clusters(), now.resisted(), now.clusters(),
                    then.percentSecure(), now.percentSecure(), p, p < 0.05, overlap));
        }
        return changes;
    }

    /** Two-sided p-value of the pooled two-proportion z-test; 1 when either side is empty or nothing varies. */
    public static double twoProportionPValue(int k1, int n1, int k2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return 1;
        }
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return 1;
        }
        double z = Math.abs((double) k1 / n1 - (double) k2 / n2) / se;
        return 2 * (1 - normalCdf(z));
    }

    /** Standard normal CDF via the Abramowitz-Stegun 7.1.26 erf approximation (error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
