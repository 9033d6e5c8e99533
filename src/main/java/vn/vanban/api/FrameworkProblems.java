package vn.vanban.api;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.vanban.problem.ProblemType;

/**
 * Spring's own errors (an unknown route, a wrong method or media type, a query parameter of the wrong
 * type, the container's error page) in the words of our problems: a Vietnamese title and detail and one
 * of our types. Spring's English detail is never passed on, since it can quote a parser or a class name.
 */
final class FrameworkProblems {

    private FrameworkProblems() {
    }

    /** Rewrites Spring's problem for {@code e} (null when only the status is known, as on the error page). */
    static ProblemDetail translate(Exception e, HttpStatusCode status, ProblemDetail problem) {
        ProblemType type = typeOf(e, status.value());
        problem.setType(URI.create(type.uri()));
        problem.setTitle(type.title());
        problem.setDetail(detailOf(e, type));
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            problem.setProperty("parameter", mismatch.getPropertyName());
        } else if (e instanceof MissingServletRequestParameterException missing) {
            problem.setProperty("parameter", missing.getParameterName());
        } else if (e instanceof MissingRequestHeaderException missing) {
            problem.setProperty("header", missing.getHeaderName());
        }
        return problem;
    }

    /** Spring's problems carry no type of ours ("about:blank"); ours always do and are left alone. */
    static boolean isSprings(ProblemDetail problem) {
        return problem.getType() == null || "about:blank".equals(problem.getType().toString());
    }

    static ProblemType typeOf(Exception e, int status) {
        if (e instanceof MissingRequestHeaderException) {
            return ProblemType.INVALID_HEADER;
        }
        if (e instanceof TypeMismatchException || e instanceof MissingServletRequestParameterException) {
            return ProblemType.INVALID_PARAMETER;
        }
        return switch (status) {
            case 400 -> ProblemType.INVALID_DATA;
            case 404 -> ProblemType.UNKNOWN_ROUTE;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.STALE_VERSION;
            case 413 -> ProblemType.TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_DATA;
        };
    }

    private static String detailOf(Exception e, ProblemType type) {
        if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedMethods() != null) {
            return "Địa chỉ này không nhận " + method.getMethod() + "; chỉ nhận: "
                    + String.join(", ", method.getSupportedMethods());
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "Dữ liệu gửi lên phải có Content-Type: " + mediaTypes(media.getSupportedMediaTypes());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException media) {
            return "Địa chỉ này chỉ trả về: " + mediaTypes(media.getSupportedMediaTypes()) + "; hãy sửa tiêu đề Accept";
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return "Tệp gửi lên vượt quá giới hạn kích thước (vanban.limits.max-body-bytes)";
        }
        if (e instanceof TypeMismatchException mismatch) {
            return "Tham số \"" + mismatch.getPropertyName() + "\" không hợp lệ: cần " + expected(mismatch.getRequiredType());
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "Thiếu tham số \"" + missing.getParameterName() + "\"";
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return "Thiếu tiêu đề \"" + missing.getHeaderName() + "\"";
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return "Không có địa chỉ này trong API; danh sách địa chỉ ở /v3/api-docs";
        }
        return switch (type) {
            case UNKNOWN_ROUTE -> "Không có địa chỉ này; danh sách địa chỉ của API ở /v3/api-docs";
            case METHOD_NOT_ALLOWED -> "Địa chỉ này không nhận phương thức này";
            case NOT_ACCEPTABLE -> "Không trả về được định dạng mà tiêu đề Accept yêu cầu";
            case UNSUPPORTED_MEDIA_TYPE -> "Không nhận kiểu dữ liệu (Content-Type) này";
            case TOO_LARGE -> "Dữ liệu gửi lên quá lớn";
            case INTERNAL_ERROR -> "Lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên";
            default -> "Yêu cầu không hợp lệ";
        };
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "một giá trị khác";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "một số nguyên";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true hoặc false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "một ngày dạng YYYY-MM-DD, ví dụ 2025-08-01";
        }
        if (type.isEnum()) {
            return "một trong các giá trị " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .map(String::toLowerCase).collect(Collectors.joining(", "));
        }
        return "một giá trị đúng kiểu";
    }

    private static String mediaTypes(Collection<MediaType> types) {
        return types.isEmpty() ? "(không có)"
                : types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
    }
}
