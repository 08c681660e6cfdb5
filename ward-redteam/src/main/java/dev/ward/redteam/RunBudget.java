package dev.ward.redteam;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Caps on what a run may spend. Once a cap is reached no new request starts; requests not sent are reported as not run,
 * never as resisted.
 *
 * @param maxRequests       0 for no cap
 * @param maxTokens         input plus output tokens; 0 for no cap
 * @param maxCostUsd        0 for no cap; needs the prices
 * @param usdPerMillionIn   price of a million input tokens
 * @param usdPerMillionOut  price of a million output tokens
 */
public record RunBudget(long maxRequests, long maxTokens, double maxCostUsd, double usdPerMillionIn, double usdPerMillionOut) {

    public static final RunBudget UNLIMITED = new RunBudget(0, 0, 0, 0, 0);

    public double cost(long inputTokens, long outputTokens) {
        return (inputTokens * usdPerMillionIn + outputTokens * usdPerMillionOut) / 1e6;
    }

    /** Running totals, shared by all workers of one run. */
    public final class Meter {
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong inputTokens = new AtomicLong();
        private final AtomicLong outputTokens = new AtomicLong();

        /** Claims one request slot if the caps allow another. */
        public boolean tryStart() {
            if (maxTokens > 0 && inputTokens.get() + outputTokens.get() >= maxTokens) {
                return false;
            }
            if (maxCostUsd > 0 && cost(inputTokens.get(), outputTokens.get()) >= maxCostUsd) {
                return false;
            }
            if (maxRequests > 0 && requests.incrementAndGet() > maxRequests) {
                requests.decrementAndGet();
                return false;
            }
            if (maxRequests <= 0) {
                requests.incrementAndGet();
            }
            return true;
        }

        public void record(int in, int out) {
            inputTokens.addAndGet(in);
            outputTokens.addAndGet(out);
        }

        public long requests() {
            return requests.get();
        }

        public long inputTokens() {
            return inputTokens.get();
        }

        public long outputTokens() {
            return outputTokens.get();
        }
    }

    public Meter meter() {
        return new Meter();
    }
}
