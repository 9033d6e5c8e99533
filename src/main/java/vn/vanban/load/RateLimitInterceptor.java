package vn.vanban.load;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.vanban.limits.LoadLimits;
import vn.vanban.security.Caller;
import vn.vanban.security.CallerContext;

/**
 * Every request of an account or key counts against its allowance ({@link CallerRates}), pages and API
 * alike; a request beyond it is answered 429 with {@code Retry-After}, before any work is done or queued.
 * Anonymous requests (the login page, open template routes) count by client address.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final CallerRates rates;
    private final CallerContext callers;
    private final LoadLimits.RateLimit limit;
    private final MeterRegistry meters;

    RateLimitInterceptor(CallerRates rates, CallerContext callers, LoadLimits.RateLimit limit, MeterRegistry meters) {
        this.rates = rates;
        this.callers = callers;
        this.limit = limit;
        this.meters = meters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        Caller caller = callers.current();
        String key = switch (caller.kind()) {
            case USER -> "user:" + caller.name();
            case KEY -> "key:" + caller.name();
            default -> "address:" + request.getRemoteAddr();
        };
        Duration wait = rates.take(key);
        if (wait == null) {
            return true;
        }
        meters.counter("vanban.rate.limited", "caller", caller.kind().name().toLowerCase(Locale.ROOT)).increment();
        RetryAfter.set(response, wait);
        throw TurnedAwayException.rateLimited(wait, limit.requests(), limit.period());
    }
}
