package vn.vanban.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of access and accounts, as application/problem+json. Ordered first, so that a scope
 * refusal from deep in a service is 403, never the catch-all 500 of the API's own handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler({ScopeDeniedException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e, HttpServletRequest request) {
        String detail = e instanceof ScopeDeniedException ? e.getMessage() : "Tài khoản hoặc khóa này không được dùng địa chỉ này.";
        return answer(HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN_TYPE, ProblemResponses.FORBIDDEN_TITLE, detail, request);
    }

    @ExceptionHandler(InvalidAccountException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAccountException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> r = answer(HttpStatus.UNPROCESSABLE_CONTENT, "/problems/invalid-account",
                "Không thực hiện được với tài khoản hoặc khóa này", e.getMessage(), request);
        r.getBody().setProperty("errors", List.of(Map.of("pointer", e.pointer(), "detail", e.getMessage())));
        return r;
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AccountNotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, "/problems/not-found", "Không tìm thấy", e.getMessage(), request);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String type, String title, String detail,
                                                       HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create(type));
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
