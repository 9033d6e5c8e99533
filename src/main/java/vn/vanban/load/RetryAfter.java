package vn.vanban.load;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/** The {@code Retry-After} header (RFC 9110, 10.2.3) in whole seconds, never 0: a client that retries at once only adds to the load. */
final class RetryAfter {

    private RetryAfter() {
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static void set(HttpServletResponse response, Duration wait) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
    }
}
