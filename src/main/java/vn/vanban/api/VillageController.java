package vn.vanban.api;

import static vn.vanban.api.RosterApiDocs.IF_MATCH;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Village;

/** The villages (thôn, ấp, khu phố …) of a commune's roster, one at a time. */
@RestController
@RequestMapping(value = "/api/v1/communes/{code}/villages", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = RosterApiDocs.TAG, description = RosterApiDocs.TAG_DESCRIPTION)
class VillageController {

    private final RosterService rosters;
    private final RequestBodies bodies;
    private final IfMatchVersions versions;

    VillageController(RosterService rosters, RequestBodies bodies, IfMatchVersions versions) {
        this.rosters = rosters;
        this.bodies = bodies;
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "Các thôn, ấp, khu phố của xã")
    ResponseEntity<List<Village>> villages(@PathVariable String code) {
        return EntityTags.ok(rosters.villages(code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một thôn, ấp, khu phố", description = "Thêm vào cuối danh sách; không gửi key thì máy chủ tạo từ tên.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của thôn")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VillageRequest.class)))
    ResponseEntity<Village> addVillage(@PathVariable String code,
                                       @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       HttpServletRequest request) {
        Village village = bodies.read(request, VillageRequest.class).toVillage();
        RosterPart<Village> added = rosters.addVillage(code, versions.expected(code, ifMatch), village);
        return EntityTags.created(URI.create("/api/v1/communes/" + code + "/villages/" + added.value().key()), added);
    }

    @GetMapping("/{key}")
    @Operation(summary = "Một thôn, ấp, khu phố")
    ResponseEntity<Village> village(@PathVariable String code, @PathVariable String key) {
        return EntityTags.ok(rosters.village(code, key));
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một thôn, ấp, khu phố", description = "Khóa giữ nguyên theo đường dẫn.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = VillageRequest.class)))
    ResponseEntity<Village> putVillage(@PathVariable String code, @PathVariable String key,
                                       @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       HttpServletRequest request) {
        Village village = bodies.read(request, VillageRequest.class).toVillage(key);
        return EntityTags.ok(rosters.replaceVillage(code, versions.expected(code, ifMatch), village));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Xóa một thôn, ấp, khu phố", description = "Tổ của thôn đó (nếu có) phải được xóa hoặc chuyển trước; nếu không trả 422.")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteVillage(@PathVariable String code, @PathVariable String key,
                                       @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return EntityTags.noContent(rosters.removeVillage(code, versions.expected(code, ifMatch), key));
    }
}
