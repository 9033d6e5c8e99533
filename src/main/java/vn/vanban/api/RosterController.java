package vn.vanban.api;

import static vn.vanban.api.RosterApiDocs.IF_MATCH;
import static vn.vanban.api.RosterApiDocs.PROBLEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;

/**
 * A commune's roster as a whole (GET/PUT with ETag and If-Match) and its profile. Every write, of the
 * whole or of a part, bumps the one version of the roster, so a client that holds an ETag never
 * overwrites a change it has not seen.
 */
@RestController
@RequestMapping(value = "/api/v1/communes/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = RosterApiDocs.TAG, description = RosterApiDocs.TAG_DESCRIPTION)
class RosterController {

    private final RosterService rosters;
    private final RequestBodies bodies;
    private final IfMatchVersions versions;

    RosterController(RosterService rosters, RequestBodies bodies, IfMatchVersions versions) {
        this.rosters = rosters;
        this.bodies = bodies;
        this.versions = versions;
    }

    @GetMapping("/roster")
    @Operation(summary = "Toàn bộ danh sách tổ của xã",
            description = "Hồ sơ (profile), thôn/ấp (villages), các tổ (teams) với thành viên theo thứ tự trong quyết định. "
                    + "Xã chưa có danh sách thì trả về danh sách rỗng, không có ETag.")
    @ApiResponse(responseCode = "200", description = "Danh sách, kèm ETag là phiên bản")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Roster> roster(@PathVariable String code) {
        return tagged(rosters.get(code));
    }

    @PutMapping(value = "/roster", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thay toàn bộ danh sách tổ của xã",
            description = "Gửi cùng cấu trúc như GET. Thay thế trọn vẹn trong một giao dịch: hoặc lưu tất cả, hoặc không lưu gì. "
                    + "Chữ được chuẩn hóa NFC; khóa (key) còn thiếu được tạo; số điện thoại được chuẩn hóa E.164 (phoneE164) "
                    + "và đánh dấu che (phoneMasked). Các trường chỉ máy chủ đặt (version, updatedAt, decisionId, phoneE164, "
                    + "phoneMasked) bị bỏ qua.")
    @ApiResponse(responseCode = "200", description = "Danh sách đã lưu, kèm ETag mới")
    @ApiResponse(responseCode = "400", description = "Không phải JSON hoặc có trường lạ", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "If-Match đã cũ: người khác đã sửa", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Danh sách không nhất quán (thiếu tên, khóa trùng …), liệt kê mọi lỗi",
            content = @Content(mediaType = PROBLEM))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequest.class)))
    ResponseEntity<Roster> replace(@PathVariable String code,
                                   @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   HttpServletRequest request) {
        Roster content = bodies.read(request, RosterRequest.class).toRoster(code);
        return tagged(rosters.replace(code, content, versions.expected(code, ifMatch)));
    }

    @GetMapping("/profile")
    @Operation(summary = "Hồ sơ của xã", description = "Tên cơ quan ban hành, địa danh, Chủ tịch và Phó Chủ tịch ký, căn cứ, "
            + "người đề nghị, người thi hành, nơi nhận và dòng Lưu mặc định của các quyết định.")
    ResponseEntity<Profile> profile(@PathVariable String code) {
        return EntityTags.ok(rosters.profile(code));
    }

    @PutMapping(value = "/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "Hồ sơ đã lưu, kèm ETag mới")
    @Operation(summary = "Sửa hồ sơ của xã")
    @ApiResponse(responseCode = "412", description = "If-Match đã cũ", content = @Content(mediaType = PROBLEM))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ProfileRequest.class)))
    ResponseEntity<Profile> putProfile(@PathVariable String code,
                                       @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       HttpServletRequest request) {
        Profile profile = bodies.read(request, ProfileRequest.class).toProfile();
        return EntityTags.ok(rosters.replaceProfile(code, versions.expected(code, ifMatch), profile));
    }

    private static ResponseEntity<Roster> tagged(Roster roster) {
        return EntityTags.ok(new RosterPart<>(roster.version(), roster));
    }
}
