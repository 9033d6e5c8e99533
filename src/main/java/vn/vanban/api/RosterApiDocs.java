package vn.vanban.api;

/** What the OpenAPI documentation says once for every route of a commune's roster. */
final class RosterApiDocs {

    static final String TAG = "Danh sách tổ của xã";
    static final String TAG_DESCRIPTION = "Hồ sơ của xã, thôn/ấp/khu phố, các Tổ công nghệ số cộng đồng và thành viên. "
            + "Mỗi lần sửa tăng phiên bản (ETag); gửi If-Match với ETag đã đọc để không ghi đè thay đổi của người khác "
            + "(412 nếu đã cũ). Không gửi If-Match thì lần ghi sau cùng thắng.";
    static final String IF_MATCH = "ETag đã đọc (ví dụ \"7\"); không khớp phiên bản đang lưu thì trả 412";
    static final String PROBLEM = "application/problem+json";

    private RosterApiDocs() {
    }
}
