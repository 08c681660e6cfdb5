package dev.ward.redteam;

/**
 * Paces requests and tokens per minute. Callers reserve before sending and correct the token estimate afterwards;
 * a reservation beyond the bucket becomes a wait, so bursts are allowed up to one minute's worth and no more.
 */
public final class RateLimiter {

    private final Bucket requests;
    private final Bucket tokens;

    /** @param requestsPerMinute 0 or less for no limit; same for tokensPerMinute */
    public RateLimiter(double requestsPerMinute, double tokensPerMinute) {
        this.requests = requestsPerMinute > 0 ? new Bucket(requestsPerMinute) : null;
        this.tokens = tokensPerMinute > 0 ? new Bucket(tokensPerMinute) : null;
    }

    public static RateLimiter unlimited() {
        return new RateLimiter(0, 0);
    }

    public void acquire(int estimatedTokens) throws InterruptedException {
        long wait = 0;
        if (requests != null) {
            wait = Math.max(wait, requests.reserve(1));
        }
        if (tokens != null) {
            wait = Math.max(wait, tokens.reserve(estimatedTokens));
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Corrects the token bucket once the provider has said how many tokens the request really used. */
    public void settle(int estimatedTokens, int actualTokens) {
        if (tokens != null) {
            tokens.reserve(actualTokens - estimatedTokens);
        }
    }

    private static final class Bucket {
        private final double perNano;
        private final double capacity;
        private double available;
        private long last = System.nanoTime();

        Bucket(double perMinute) {
            this.perNano = perMinute / 60e9;
            this.capacity = perMinute;
            this.available = perMinute;
        }

        /** Takes the amount now and returns how long the caller must wait, in nanoseconds, to stay within the rate. */
        synchronized long reserve(double amount) {
            long now = System.nanoTime();
            available = Math.min(capacity, available + (now - last) * perNano);
            last = now;
            available -= amount;
            return available >= 0 ? 0 : (long) (-available / perNano);
        }
    }
}
