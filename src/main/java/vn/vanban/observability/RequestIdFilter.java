package vn.vanban.observability;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * The first filter of every request: gives it its id ({@link RequestIds}) in the MDC and the answer's
 * header, for the request and for its error page and async dispatches alike (the id is kept in a request
 * attribute between them); and once the answer is complete, counts a refused one as
 * {@code vanban.rejections} by problem type (the type a problem writer noted, {@code none} for an answer
 * that is not a problem, such as an error page) and status.
 */
final class RequestIdFilter implements Filter {

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".ID";

    private final MeterRegistry meters;

    RequestIdFilter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = (String) request.getAttribute(ATTRIBUTE);
        boolean first = id == null;
        if (first) {
            id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(RequestIds.HEADER, id);
        }
        String outer = MDC.get(RequestIds.KEY);
        MDC.put(RequestIds.KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestIds.KEY);
            } else {
                MDC.put(RequestIds.KEY, outer);
            }
            if (first && !request.isAsyncStarted() && response.getStatus() >= 400) {
                Object type = request.getAttribute(ProblemAnswers.TYPE);
                meters.counter("vanban.rejections", "type", type == null ? "none" : type.toString(),
                        "status", Integer.toString(response.getStatus())).increment();
            }
        }
    }
}
