package vn.vanban.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error dispatch ({@code /error}): errors raised before or outside a controller (a
 * filter, a malformed request the container refuses) and a client asking for {@code /error} itself. Pages
 * keep the error page (see web.ErrorPages); everything else gets a problem+json in our words, never the
 * container's attributes (exception class, message, trace). Asked for directly, there is no error to
 * report: it is an unknown route (404), not Spring's status 999.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorEndpoint extends BasicErrorController {

    ErrorEndpoint(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers);
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = super.getStatus(request);
        return status.is4xxClientError() || status.is5xxServerError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        ProblemDetail problem = FrameworkProblems.translate(null, status, ProblemDetail.forStatus(status));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status.value());
        body.put("detail", problem.getDetail());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        body.put("instance", uri instanceof String path ? path : request.getRequestURI());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
