package vn.vanban.load;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.vanban.limits.LoadLimits;

/**
 * One token bucket per caller (Bucket4j), in this instance's memory: behind a load balancer each instance
 * counts its own requests, so a caller gets up to the limit from each. A bucket that has filled up again
 * carries no state worth keeping, so when many callers have been seen the full ones are forgotten.
 */
final class CallerRates {

    /** Past this many callers, full buckets are dropped: anonymous callers are counted by address. */
    private static final int FORGET_ABOVE = 10_000;

    private final LoadLimits.RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    CallerRates(LoadLimits.RateLimit limit) {
        if (limit.requests() < 1 || limit.period().isNegative() || limit.period().isZero()) {
            throw new IllegalArgumentException("vanban.load.rate-limit needs requests >= 1 and a positive period");
        }
        this.limit = limit;
    }

    /** Takes one request of the caller's allowance: null if it had one, else how long until it has. */
    Duration take(String caller) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.requests());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller, c -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(b -> b.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }
}
