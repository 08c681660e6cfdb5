package dev.ward.redteam.target;

import java.time.Duration;

/**
 * How often and how patiently to retry a 429 or 5xx answer or a dropped connection.
 *
 * @param maxRetries retries after the first try
 * @param baseDelay  first backoff; doubled each retry, with jitter
 * @param maxDelay   no single wait is longer, even when the server's Retry-After asks for more
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30));

    public static boolean retriable(int status) {
        return status == 429 || status == 408 || status >= 500;
    }
}
