package vn.vanban.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on how much work the service takes on at once, so that a burst of renders, one greedy caller or
 * a crowd of slow uploads cannot starve everybody else (README "Configuration" and "Operations").
 *
 * @param maxConcurrentWork    renders and imports running at once; the rest wait in the queue
 * @param maxQueuedWork        renders and imports waiting for a place; one more is answered 503
 * @param maxQueueWait         longest wait in that queue before the answer is 503
 * @param retryAfter           the {@code Retry-After} of a 503 answer
 * @param rateLimit            requests one account or key may make
 * @param maxConcurrentUploads requests whose body is being read at once; one more is answered 503
 * @param minUploadRate        bytes a second a body must arrive at, on average, once {@code uploadGrace} has passed (408 below it)
 * @param uploadGrace          how long a body may arrive slower than {@code minUploadRate} (a client's slow start)
 * @param uploadTimeout        longest time to receive a whole body, however fast it arrives (408 beyond)
 */
@ConfigurationProperties("vanban.load")
public record LoadLimits(@DefaultValue("4") int maxConcurrentWork, @DefaultValue("8") int maxQueuedWork,
                         @DefaultValue("15s") Duration maxQueueWait, @DefaultValue("10s") Duration retryAfter,
                         @DefaultValue RateLimit rateLimit, @DefaultValue("32") int maxConcurrentUploads,
                         @DefaultValue("1024") long minUploadRate, @DefaultValue("5s") Duration uploadGrace,
                         @DefaultValue("60s") Duration uploadTimeout) {

    /**
     * A token bucket per caller: {@code requests} at once, refilled at {@code requests} per {@code period}.
     *
     * @param requests requests per period, and the largest burst
     * @param period   the period they refill over
     */
    public record RateLimit(@DefaultValue("300") long requests, @DefaultValue("1m") Duration period) {
    }
}
