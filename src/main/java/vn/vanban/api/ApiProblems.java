package vn.vanban.api;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.vanban.document.DocumentSyntaxException;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.batches.BatchNotFinishedException;
import vn.vanban.batches.BatchNotFoundException;
import vn.vanban.decisions.DecisionConflictException;
import vn.vanban.decisions.DecisionNotFoundException;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterItemNotFoundException;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.roster.spreadsheet.SheetFormatException;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.reference.UnknownProvinceException;
import vn.vanban.template.TemplateDataException;
import vn.vanban.template.UnknownTemplateException;

/**
 * Every error as application/problem+json. Data problems list every invalid field at once under
 * {@code errors}, each with a JSON Pointer and a Vietnamese message.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(DocumentDataException.class)
    ResponseEntity<Object> data(DocumentDataException e, WebRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(switch (e.kind()) {
            case INVALID -> ProblemTypes.INVALID_DATA;
            case TOO_LARGE -> ProblemTypes.TOO_LARGE;
            case UNPROCESSABLE -> ProblemTypes.UNPROCESSABLE;
        });
        problem.setTitle(switch (e.kind()) {
            case INVALID -> "Dữ liệu không hợp lệ";
            case TOO_LARGE -> "Dữ liệu quá lớn";
            case UNPROCESSABLE -> "Không lập được văn bản từ dữ liệu này";
        });
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("pointer", p.pointer(), "detail", p.message()))
                .toList());
        return handleExceptionInternal(e, problem, new HttpHeaders(), status, request);
    }

    @ExceptionHandler(UnknownTemplateException.class)
    ResponseEntity<Object> unknownTemplate(UnknownTemplateException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(ProblemTypes.UNKNOWN_TEMPLATE);
        problem.setTitle("Không có mẫu văn bản này");
        problem.setProperty("templateId", e.templateId());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler({UnknownProvinceException.class, UnknownCommuneException.class})
    ResponseEntity<Object> unknownUnit(RuntimeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(ProblemTypes.UNKNOWN_UNIT);
        problem.setTitle("Không có đơn vị hành chính này");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler(InvalidRosterException.class)
    ResponseEntity<Object> invalidRoster(InvalidRosterException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(ProblemTypes.INVALID_ROSTER);
        problem.setTitle("Không thực hiện được với danh sách tổ này");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("pointer", p.pointer(), "detail", p.message()))
                .toList());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @ExceptionHandler(SheetFormatException.class)
    ResponseEntity<Object> badSheet(SheetFormatException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Tệp có " + e.problems().size() + " lỗi; chưa nhập gì. Sửa các ô dưới đây rồi gửi lại");
        problem.setType(ProblemTypes.INVALID_SPREADSHEET);
        problem.setTitle("Tệp bảng tính không nhập được");
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("row", p.row());
            if (p.column() != null) {
                m.put("column", p.column());
            }
            if (p.heading() != null) {
                m.put("heading", p.heading());
            }
            m.put("detail", p.message());
            return m;
        }).toList());
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @ExceptionHandler(StaleRosterException.class)
    ResponseEntity<Object> stale(StaleRosterException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setType(ProblemTypes.STALE);
        problem.setTitle("Dữ liệu đã được người khác sửa");
        HttpHeaders headers = new HttpHeaders();
        if (e.currentVersion() != null) {
            problem.setProperty("currentVersion", e.currentVersion());
            headers.setETag("\"" + e.currentVersion() + "\"");
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.PRECONDITION_FAILED, request);
    }

    @ExceptionHandler({DecisionConflictException.class, BatchNotFinishedException.class})
    ResponseEntity<Object> conflict(RuntimeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle(e instanceof BatchNotFinishedException ? "Đợt văn bản chưa xong"
                : "Không thực hiện được với quyết định đã vào sổ");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler({RosterItemNotFoundException.class, DecisionNotFoundException.class, BatchNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Không tìm thấy");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    /** Data that passed the schema yet cannot fill the template or forms markup the reader refuses. */
    @ExceptionHandler({TemplateDataException.class, DocumentSyntaxException.class})
    ResponseEntity<Object> unfillable(RuntimeException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(ProblemTypes.UNPROCESSABLE);
        problem.setTitle("Không lập được văn bản từ dữ liệu này");
        problem.setProperty("errors", List.of(Map.of("pointer", "", "detail", e.getMessage())));
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    /** A bug of ours: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống khi lập văn bản; vui lòng thử lại hoặc báo quản trị viên");
        problem.setType(ProblemTypes.INTERNAL);
        problem.setTitle("Lỗi hệ thống");
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        return new ResponseEntity<>(body, h, statusCode);
    }
}
