package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.checks.Finding;
import vn.vanban.roster.checks.RosterCheckProperties;
import vn.vanban.roster.checks.RosterChecks;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;

@RestController
@Tag(name = "Kiểm tra danh sách", description = "Các quy tắc của văn bản hướng dẫn áp dụng cho danh sách tổ của một xã")
class CommuneCheckController {

    private final RosterService rosters;
    private final CommuneRepository communes;
    private final RosterCheckProperties properties;
    private final JsonMapper json;

    CommuneCheckController(RosterService rosters, CommuneRepository communes, RosterCheckProperties properties, JsonMapper json) {
        this.rosters = rosters;
        this.communes = communes;
        this.properties = properties;
        this.json = json;
    }

    /**
     * @param version  the roster version checked (its ETag)
     * @param errors   findings that stop a founding decision being made
     * @param warnings findings worth a look
     */
    record Checks(String communeCode, Long version, int minMembers, long errors, long warnings, List<Finding> findings) {
    }

    @GetMapping(value = "/api/v1/communes/{code}/checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Kiểm tra danh sách tổ đã lưu của xã",
            description = "Mỗi phát hiện có mức độ (ERROR khi không lập được quyết định, WARNING khi nên xem lại), quy tắc, "
                    + "thông báo tiếng Việt và vị trí (JSON Pointer vào GET /roster). Quy tắc: số thành viên tối thiểu "
                    + "(vanban.roster.min-members, riêng từng tỉnh bằng vanban.roster.min-members-by-province.<mã>), đúng một "
                    + "Tổ trưởng, ít nhất một Tổ phó, thôn nào cũng có tổ, Tổ cấp xã do Chủ tịch UBND làm Tổ trưởng, trùng người "
                    + "hoặc số điện thoại, số điện thoại không hợp lệ (số đã che không tính), chữ bảng mã cũ (TCVN3, VNI).")
    @ApiResponse(responseCode = "200", description = "Kết quả kiểm tra")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    Checks checks(@PathVariable String code) {
        String province = communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code)).provinceCode();
        Roster roster = rosters.get(code);
        JsonNode tree = json.valueToTree(roster);
        int min = properties.minMembers(province);
        List<Finding> findings = new RosterChecks(min).check(tree);
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new Checks(code, roster.version(), min, errors, findings.size() - errors, findings);
    }
}
