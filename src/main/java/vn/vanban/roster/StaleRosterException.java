package vn.vanban.roster;

import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** The client edited an older version of the roster than the one stored (If-Match did not match). */
public class StaleRosterException extends ProblemException {

    private final Long currentVersion;

    public StaleRosterException(String communeCode, Long currentVersion) {
        super(ProblemType.STALE_VERSION, "Danh sách của xã " + communeCode + " đã được người khác sửa (phiên bản hiện tại: "
                + (currentVersion == null ? "chưa có" : currentVersion) + "); hãy tải lại rồi sửa tiếp");
        this.currentVersion = currentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> properties() {
        return currentVersion == null ? Map.of() : Map.of("currentVersion", currentVersion);
    }
}
