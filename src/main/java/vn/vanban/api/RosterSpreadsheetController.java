package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.vanban.memberlist.MemberLists;
import vn.vanban.render.OutputFormat;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.spreadsheet.RosterSpreadsheets;

@RestController
@Tag(name = "Bảng tính", description = "Xuất danh sách tổ của xã ra XLSX/CSV theo hai mẫu danh sách (2022, 2025) và nhập lại")
class RosterSpreadsheetController {

    private final RosterSpreadsheets sheets;
    private final MemberLists lists;
    private final RosterService rosters;
    private final RequestBodies bodies;
    private final IfMatchVersions versions;

    RosterSpreadsheetController(RosterSpreadsheets sheets, MemberLists lists, RosterService rosters, RequestBodies bodies,
                                IfMatchVersions versions) {
        this.sheets = sheets;
        this.lists = lists;
        this.rosters = rosters;
        this.bodies = bodies;
        this.versions = versions;
    }

    @GetMapping({"/api/v1/communes/{code}/roster.{format:xlsx|csv}", "/api/v1/communes/{code}/member-list.{format:xlsx}"})
    @Operation(summary = "Xuất danh sách tổ ra XLSX hoặc CSV",
            description = "layout=2025 (mặc định: tám cột, có số quyết định, ghi chú và dòng TỔNG) hoặc 2022 (sáu cột); mask=true che "
                    + "ba số cuối điện thoại. Thành viên mỗi tổ xếp theo tên, họ, tên đệm. Tệp này nhập lại được bằng POST …/roster/import.")
    @ApiResponse(responseCode = "200", description = "Tệp bảng tính")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> export(@PathVariable String code, @PathVariable String format,
                                                 @Parameter(description = "2022 hoặc 2025") @RequestParam(defaultValue = "2025") String layout,
                                                 @Parameter(description = "che số điện thoại") @RequestParam(defaultValue = "false") boolean mask) {
        MemberListForm form = MemberListController.form(layout);
        boolean csv = format.equals("csv");
        Roster roster = rosters.get(code);
        String name = "Danh sach to " + code + " (" + layout + ")." + format;
        StreamingResponseBody body = csv ? out -> lists.csv(code, form, mask, out) : out -> lists.xlsx(code, form, mask, out);
        ResponseEntity.BodyBuilder ok = Downloads.attachment(csv ? "text/csv; charset=UTF-8" : OutputFormat.XLSX.mediaType(), name);
        return EntityTags.tag(ok, roster.version()).body(body);
    }

    @PostMapping(value = "/api/v1/communes/{code}/roster/import", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @Operation(summary = "Nhập danh sách tổ từ XLSX hoặc CSV",
            description = "Gửi tệp làm thân yêu cầu (curl --data-binary @ds.xlsx). Nhận cả hai mẫu (2022, 2025), tự nhận dạng theo dòng "
                    + "tiêu đề cột; chữ TCVN3 (.VnTime) và VNI-Windows được đổi sang Unicode. dryRun=true (mặc định) chỉ báo sẽ thêm, "
                    + "sửa, xóa gì; dryRun=false ghi trong một giao dịch. Tệp sai trả 422 nêu dòng, cột và lý do, không ghi gì. Chỉ "
                    + "những gì mẫu có (tổ, người, vai trò, điện thoại, ghi chú) được cập nhật; giới tính, Zalo, chức vụ … giữ nguyên.")
    @ApiResponse(responseCode = "200", description = "Những thay đổi (đã ghi, hoặc sẽ ghi khi dryRun)")
    @ApiResponse(responseCode = "412", description = "If-Match đã cũ", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Tệp quá lớn", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Tệp sai: từng dòng, cột và lý do", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<RosterSpreadsheets.ImportResult> importSheet(@PathVariable String code,
            @Parameter(description = "true: chỉ xem trước") @RequestParam(defaultValue = "true") boolean dryRun,
            @Parameter(description = "ETag đã đọc") @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest request) {
        byte[] file = bodies.bytes(request);
        RosterSpreadsheets.ImportResult result = sheets.importSheet(code, file, dryRun, versions.expected(code, ifMatch));
        return EntityTags.tag(ResponseEntity.ok(), result.version()).body(result);
    }
}
