package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.decisions.CommuneChecks;
import vn.vanban.roster.checks.RosterCheckService;

@RestController
@Tag(name = "Kiểm tra danh sách", description = "Các quy tắc của văn bản hướng dẫn áp dụng cho danh sách tổ của một xã")
class CommuneCheckController {

    private final CommuneChecks checks;

    CommuneCheckController(CommuneChecks checks) {
        this.checks = checks;
    }

    @GetMapping(value = "/api/v1/communes/{code}/checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Kiểm tra danh sách tổ đã lưu của xã",
            description = "Mỗi phát hiện có mức độ (ERROR khi không lập được quyết định, WARNING khi nên xem lại), quy tắc, "
                    + "thông báo tiếng Việt và vị trí (JSON Pointer vào GET /roster). Quy tắc: số thành viên tối thiểu "
                    + "(vanban.roster.min-members, riêng từng tỉnh bằng vanban.roster.min-members-by-province.<mã>), đúng một "
                    + "Tổ trưởng, ít nhất một Tổ phó, thôn nào cũng có tổ, Tổ cấp xã do Chủ tịch UBND làm Tổ trưởng, trùng người "
                    + "hoặc số điện thoại, số điện thoại không hợp lệ (số đã che không tính), chữ bảng mã cũ (TCVN3, VNI), "
                    + "thành viên của tổ khác với quyết định đang có hiệu lực (reconstitution-due: cần quyết định kiện toàn).")
    @ApiResponse(responseCode = "200", description = "Kết quả kiểm tra")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    RosterCheckService.StoredRosterChecks checks(@PathVariable String code) {
        return checks.check(code);
    }
}
