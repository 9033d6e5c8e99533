package vn.vanban.load;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vanban.limits.LoadLimits;
import vn.vanban.problem.ProblemType;
import vn.vanban.security.BrowserPages;
import vn.vanban.security.ProblemResponses;

/**
 * A cap on the requests whose body is being read at once, ahead of the filter chain (the login form's
 * body is read there). Each such request holds a thread while its body arrives; with the cap, a crowd of
 * slow uploads holds at most {@code vanban.load.max-concurrent-uploads} of Tomcat's threads and the others
 * stay free for everybody else. One more is answered 503 with {@code Retry-After} at once, without
 * reading its body ({@link UnreadBodyValve} closes the connection instead of draining it).
 */
final class UploadGateFilter extends OncePerRequestFilter {

    private final WorkGate uploads;
    private final LoadLimits limits;
    private final MeterRegistry meters;

    UploadGateFilter(WorkGate uploads, LoadLimits limits, MeterRegistry meters) {
        this.uploads = uploads;
        this.limits = limits;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!uploads.enter()) {
            meters.counter("vanban.work.refused", "kind", "upload").increment();
            RetryAfter.set(response, limits.retryAfter());
            TurnedAwayException busy = TurnedAwayException.uploadsBusy(limits.retryAfter());
            if (BrowserPages.matches(request)) {
                response.sendError(busy.type().status());
            } else {
                ProblemResponses.write(request, response, busy.type().status(), busy.type().uri(), busy.title(), busy.detail());
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            uploads.leave();
        }
    }
}
