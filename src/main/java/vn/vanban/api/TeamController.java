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
import vn.vanban.roster.Team;

/** The teams of a commune's roster, one at a time, each with its members. */
@RestController
@RequestMapping(value = "/api/v1/communes/{code}/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = RosterApiDocs.TAG, description = RosterApiDocs.TAG_DESCRIPTION)
class TeamController {

    private final RosterService rosters;
    private final RequestBodies bodies;
    private final IfMatchVersions versions;

    TeamController(RosterService rosters, RequestBodies bodies, IfMatchVersions versions) {
        this.rosters = rosters;
        this.bodies = bodies;
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "Các tổ của xã", description = "Tổ cấp xã và tổ của từng thôn, ấp, mỗi tổ kèm thành viên.")
    ResponseEntity<List<Team>> teams(@PathVariable String code) {
        return EntityTags.ok(rosters.teams(code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một tổ", description = "Thêm vào cuối danh sách, kèm thành viên nếu có.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của tổ")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TeamRequest.class)))
    ResponseEntity<Team> addTeam(@PathVariable String code,
                                 @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 HttpServletRequest request) {
        Team team = bodies.read(request, TeamRequest.class).toTeam();
        RosterPart<Team> added = rosters.addTeam(code, versions.expected(code, ifMatch), team);
        return EntityTags.created(URI.create("/api/v1/communes/" + code + "/teams/" + added.value().key()), added);
    }

    @GetMapping("/{key}")
    @Operation(summary = "Một tổ và các thành viên")
    ResponseEntity<Team> team(@PathVariable String code, @PathVariable String key) {
        return EntityTags.ok(rosters.team(code, key));
    }

    @PutMapping(value = "/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một tổ", description = "Thay tổ cùng các thành viên; khóa giữ nguyên theo đường dẫn; quyết định thành lập đã ghi thì giữ nguyên.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TeamRequest.class)))
    ResponseEntity<Team> putTeam(@PathVariable String code, @PathVariable String key,
                                 @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 HttpServletRequest request) {
        Team team = bodies.read(request, TeamRequest.class).toTeam(key);
        return EntityTags.ok(rosters.replaceTeam(code, versions.expected(code, ifMatch), team));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Xóa một tổ")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteTeam(@PathVariable String code, @PathVariable String key,
                                    @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return EntityTags.noContent(rosters.removeTeam(code, versions.expected(code, ifMatch), key));
    }
}
