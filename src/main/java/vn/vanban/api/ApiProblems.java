package vn.vanban.api;

import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.vanban.observability.ProblemAnswers;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.security.ProblemResponses;

/**
 * Every error as application/problem+json. A {@link ProblemException} carries its own type, status,
 * title and errors; anything else is a bug of ours.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(e.type().status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.detail());
        problem.setType(URI.create(e.type().uri()));
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        HttpHeaders headers = new HttpHeaders();
        // A stale write is answered with the version to reload, as GET would tag it.
        if (e instanceof StaleRosterException stale && stale.currentVersion() != null) {
            headers.setETag(EntityTags.of(stale.currentVersion()));
        }
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * The store refused a write because another one changed the same rows first (a draft deleted while it was
     * being registered, a lock not granted in time, a version saved in between): the client can reload and
     * try again, so it is a 409, never a 500; logged without the SQL for the operator.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> concurrentWrite(DataAccessException e, WebRequest request) {
        LOG.warn("Write refused by the store: {}", e.getClass().getSimpleName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Dữ liệu vừa được thay đổi bởi một yêu cầu khác trong cùng lúc; hãy tải lại rồi thử lại");
        problem.setType(URI.create(ProblemType.CONFLICT.uri()));
        problem.setTitle(ProblemType.CONFLICT.title());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /**
     * A body sent form-encoded that is not a form (a file posted with curl's default encoding) cannot be
     * read as parameters; the servlet container's message quotes the body, so neither the log nor the
     * answer repeats it.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException e, WebRequest request) {
        LOG.warn("Request parameters could not be decoded; answered 400 without them");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Không đọc được tham số của yêu cầu: dữ liệu gửi theo dạng biểu mẫu (application/x-www-form-urlencoded) "
                        + "nhưng không phải biểu mẫu; hãy gửi tệp với đúng Content-Type");
        problem.setType(URI.create(ProblemType.INVALID_DATA.uri()));
        problem.setTitle(ProblemType.INVALID_DATA.title());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** A bug of ours: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống khi lập văn bản; vui lòng thử lại hoặc báo quản trị viên");
        problem.setType(URI.create(ProblemType.INTERNAL_ERROR.uri()));
        problem.setTitle(ProblemType.INTERNAL_ERROR.title());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Spring's own errors (405, 415, 406, an unknown route, a wrong parameter) in our words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && FrameworkProblems.isSprings(problem)) {
            FrameworkProblems.translate(e, statusCode, problem);
        }
        return answer;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            ProblemAnswers.stamp(request, problem);
        }
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        if (request instanceof ServletWebRequest servlet && ProblemResponses.leavesBodyUnread(servlet.getRequest())) {
            h.set(HttpHeaders.CONNECTION, "close");
        }
        return new ResponseEntity<>(body, h, statusCode);
    }
}
