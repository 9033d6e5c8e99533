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
import vn.vanban.roster.Membership;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;

/** The seats of one team of a commune's roster, in decision order. */
@RestController
@RequestMapping(value = "/api/v1/communes/{code}/teams/{key}/members", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = RosterApiDocs.TAG, description = RosterApiDocs.TAG_DESCRIPTION)
class TeamMemberController {

    private final RosterService rosters;
    private final RequestBodies bodies;
    private final IfMatchVersions versions;

    TeamMemberController(RosterService rosters, RequestBodies bodies, IfMatchVersions versions) {
        this.rosters = rosters;
        this.bodies = bodies;
        this.versions = versions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một thành viên vào tổ", description = "Thêm vào cuối tổ. Thành viên chỉ ghi chức vụ (không ghi tên người) thì để person là null.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của thành viên")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MemberRequest.class)))
    ResponseEntity<Membership> addMember(@PathVariable String code, @PathVariable String key,
                                         @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         HttpServletRequest request) {
        Membership member = bodies.read(request, MemberRequest.class).toMembership();
        RosterPart<Membership> added = rosters.addMember(code, versions.expected(code, ifMatch), key, member);
        return EntityTags.created(URI.create("/api/v1/communes/" + code + "/teams/" + key + "/members/" + added.value().key()), added);
    }

    @GetMapping("/{memberKey}")
    @Operation(summary = "Một thành viên của tổ")
    ResponseEntity<Membership> member(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey) {
        return EntityTags.ok(rosters.member(code, key, memberKey));
    }

    @PutMapping(value = "/{memberKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một thành viên của tổ")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MemberRequest.class)))
    ResponseEntity<Membership> putMember(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey,
                                         @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         HttpServletRequest request) {
        Membership member = bodies.read(request, MemberRequest.class).toMembership(memberKey);
        return EntityTags.ok(rosters.replaceMember(code, versions.expected(code, ifMatch), key, member));
    }

    @DeleteMapping("/{memberKey}")
    @Operation(summary = "Xóa một thành viên khỏi tổ")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteMember(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey,
                                      @Parameter(description = IF_MATCH) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return EntityTags.noContent(rosters.removeMember(code, versions.expected(code, ifMatch), key, memberKey));
    }
}
