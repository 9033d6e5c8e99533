package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.MediaType;
import vn.vanban.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.security.AccessPolicy;
import vn.vanban.security.Caller;
import vn.vanban.security.Role;
import vn.vanban.security.ScopeDeniedException;

/** Reading the audit trail: an admin reads all of it, a province account the events of its province and communes. */
@RestController
@Tag(name = "Nhật ký", description = "Nhật ký thao tác (chỉ đọc): ai, lúc nào, từ địa chỉ nào, làm gì với xã, tỉnh hay bản ghi nào")
class AuditController {

    private static final int MAX_SIZE = 200;

    private final AuditTrail trail;
    private final AccessPolicy access;

    AuditController(AuditTrail trail, AccessPolicy access) {
        this.trail = trail;
        this.access = access;
    }

    @GetMapping(value = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nhật ký thao tác", description = "Mới nhất trước. Quản trị đọc tất cả; tài khoản cấp tỉnh đọc của tỉnh "
            + "và các xã trong tỉnh; tài khoản khác 403. Lọc theo commune, actor (tên tài khoản, hoặc key:<tên khóa>), action "
            + "(login, login.failed, roster.write, decision.register, export.unmasked, account.update, key.create …), "
            + "from và to (ISO-8601, to không tính), phân trang page (từ 0) và size (tối đa 200).")
    AuditTrail.Page audit(@RequestParam(required = false) String commune, @RequestParam(required = false) String actor,
                          @RequestParam(required = false) String action,
                          @Parameter(description = "từ thời điểm, ví dụ 2025-08-01T00:00:00Z") @RequestParam(required = false) Instant from,
                          @Parameter(description = "đến trước thời điểm") @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Caller caller = access.caller();
        String province = null;
        if (!caller.unrestricted()) {
            if (caller.role() != Role.PROVINCE || caller.province() == null) {
                throw new ScopeDeniedException("Chỉ quản trị và tài khoản cấp tỉnh đọc được nhật ký");
            }
            province = caller.province();
        }
        int boundedSize = Math.max(1, Math.min(size, MAX_SIZE));
        return trail.find(new AuditTrail.Query(commune, province, actor, action, from, to, Math.max(0, page), boundedSize));
    }
}
