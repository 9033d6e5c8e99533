package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.roster.checks.Finding;
import vn.vanban.roster.checks.RosterCheckService;

@RestController
@RequestMapping("/api/v1/roster-checks")
@Tag(name = "Kiểm tra danh sách", description = "Các quy tắc của văn bản hướng dẫn áp dụng cho danh sách tổ của một xã")
class RosterCheckController {

    private final RosterCheckService checks;
    private final RequestBodies bodies;

    RosterCheckController(RosterCheckService checks, RequestBodies bodies) {
        this.checks = checks;
        this.bodies = bodies;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Kiểm tra danh sách tổ của một xã",
            description = "Gửi {province: {code}, villages: [{kind, name}], teams: [{level, name, area: {kind, name}, "
                    + "members: [...]}]} (như dữ liệu của các mẫu quyết định). Trả về các phát hiện, mỗi phát hiện có "
                    + "mức độ (ERROR khi không lập được quyết định hợp lệ, WARNING khi nên xem lại), quy tắc, thông báo "
                    + "tiếng Việt và vị trí (JSON Pointer). Quy tắc: số thành viên tối thiểu (vanban.roster.min-members, "
                    + "có thể đặt riêng cho từng tỉnh), đúng một Tổ trưởng, ít nhất một Tổ phó, thôn nào cũng có tổ, Tổ "
                    + "cấp xã do Chủ tịch UBND làm Tổ trưởng, trùng người hoặc số điện thoại, số điện thoại không hợp lệ "
                    + "(số đã che không tính), chữ tổ hợp hoặc bảng mã cũ (TCVN3, VNI).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(type = "object",
            description = "Dữ liệu của xã như của các mẫu quyết định: province {code}, villages [{kind, name}], teams [{level, name, "
                    + "area, members}]")))
    List<Finding> check(HttpServletRequest request) {
        return checks.check(bodies.tree(request));
    }
}
