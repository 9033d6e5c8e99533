package vn.vanban.problem;

/**
 * The problem types of the API (RFC 9457), documented in the README: each with its HTTP status and the
 * Vietnamese title a client shows. Plain Java, so that any feature can name its problem without
 * depending on the web layer.
 */
public enum ProblemType {

    INVALID_DATA(400, "/problems/invalid-data", "Dữ liệu không hợp lệ"),
    TOO_LARGE(413, "/problems/too-large", "Dữ liệu quá lớn"),
    UNPROCESSABLE_DOCUMENT(422, "/problems/unprocessable-document", "Không lập được văn bản từ dữ liệu này"),
    UNKNOWN_TEMPLATE(404, "/problems/unknown-template", "Không có mẫu văn bản này"),
    UNKNOWN_UNIT(404, "/problems/unknown-administrative-unit", "Không có đơn vị hành chính này"),
    INVALID_ROSTER(422, "/problems/invalid-roster", "Không thực hiện được với danh sách tổ này"),
    INVALID_SPREADSHEET(422, "/problems/invalid-spreadsheet", "Tệp bảng tính không nhập được"),
    STALE_VERSION(412, "/problems/stale-version", "Dữ liệu đã được người khác sửa"),
    NOT_FOUND(404, "/problems/not-found", "Không tìm thấy"),
    INVALID_REGISTRATION(422, "/problems/invalid-registration", "Không vào sổ được quyết định này"),
    CONFLICT(409, "/problems/conflict", "Không thực hiện được"),
    INVALID_TEXT(422, "/problems/invalid-characters", "Dữ liệu có ký tự không hợp lệ"),
    INVALID_HEADER(400, "/problems/invalid-header", "Tiêu đề yêu cầu không hợp lệ"),
    INVALID_PARAMETER(400, "/problems/invalid-parameter", "Tham số không hợp lệ"),
    UNKNOWN_ROUTE(404, "/problems/unknown-route", "Không có địa chỉ này"),
    METHOD_NOT_ALLOWED(405, "/problems/method-not-allowed", "Địa chỉ này không nhận phương thức này"),
    NOT_ACCEPTABLE(406, "/problems/not-acceptable", "Không trả về được định dạng yêu cầu"),
    UNSUPPORTED_MEDIA_TYPE(415, "/problems/unsupported-media-type", "Không nhận kiểu dữ liệu này"),
    SLOW_UPLOAD(408, "/problems/slow-upload", "Gửi dữ liệu quá chậm"),
    RATE_LIMITED(429, "/problems/too-many-requests", "Gửi quá nhiều yêu cầu"),
    BUSY(503, "/problems/busy", "Hệ thống đang bận"),
    INTERNAL_ERROR(500, "/problems/internal-error", "Lỗi hệ thống");

    private final int status;
    private final String uri;
    private final String title;

    ProblemType(int status, String uri, String title) {
        this.status = status;
        this.uri = uri;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
