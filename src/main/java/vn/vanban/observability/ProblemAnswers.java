package vn.vanban.observability;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What every problem answer carries for the people who run the service, whichever code writes it (the
 * API's handler, the filter chain's 401 and 403, a turned-away upload): the request id ({@code requestId}),
 * and a note of its type, which {@link RequestIdFilter} counts as {@code vanban.rejections} once the answer
 * is complete.
 */
public final class ProblemAnswers {

    static final String TYPE = ProblemAnswers.class.getName() + ".TYPE";

    private ProblemAnswers() {
    }

    public static void stamp(WebRequest request, ProblemDetail problem) {
        problem.setProperty(RequestIds.KEY, RequestIds.current());
        request.setAttribute(TYPE, String.valueOf(problem.getType()), RequestAttributes.SCOPE_REQUEST);
    }

    public static void stamp(HttpServletRequest request, Map<String, Object> problem) {
        problem.put(RequestIds.KEY, RequestIds.current());
        request.setAttribute(TYPE, String.valueOf(problem.get("type")));
    }
}
