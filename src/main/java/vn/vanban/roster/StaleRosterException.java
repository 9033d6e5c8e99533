package vn.vanban.roster;

/** The client edited an older version of the roster than the one stored (If-Match did not match). */
public class StaleRosterException extends RuntimeException {

    private final Long currentVersion;

    public StaleRosterException(String communeCode, Long currentVersion) {
        super("Danh sách của xã " + communeCode + " đã được người khác sửa (phiên bản hiện tại: "
                + (currentVersion == null ? "chưa có" : currentVersion) + "); hãy tải lại rồi sửa tiếp");
        this.currentVersion = currentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
