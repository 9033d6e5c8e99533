package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
import vn.vanban.limits.RequestLimits;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterItemNotFoundException;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.roster.Village;

/**
 * A commune's roster: the whole of it (GET/PUT with ETag and If-Match) and its parts. Every write, of
 * the whole or of a part, bumps the one version of the roster, so a client that holds an ETag never
 * overwrites a change it has not seen.
 */
@RestController
@RequestMapping(value = "/api/v1/communes/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Danh sách tổ của xã", description = "Hồ sơ của xã, thôn/ấp/khu phố, các Tổ công nghệ số cộng đồng và thành "
        + "viên. Mỗi lần sửa tăng phiên bản (ETag); gửi If-Match với ETag đã đọc để không ghi đè thay đổi của người khác "
        + "(412 nếu đã cũ). Không gửi If-Match thì lần ghi sau cùng thắng.")
class RosterController {

    private static final String IF_MATCH_DOC = "ETag đã đọc (ví dụ \"7\"); không khớp phiên bản đang lưu thì trả 412";

    private final RosterService rosters;
    private final RequestBodies bodies;

    RosterController(RosterService rosters, RequestBodies bodies) {
        this.rosters = rosters;
        this.bodies = bodies;
    }

    @GetMapping("/roster")
    @Operation(summary = "Toàn bộ danh sách tổ của xã",
            description = "Hồ sơ (profile), thôn/ấp (villages), các tổ (teams) với thành viên theo thứ tự trong quyết định. "
                    + "Xã chưa có danh sách thì trả về danh sách rỗng, không có ETag.")
    @ApiResponse(responseCode = "200", description = "Danh sách, kèm ETag là phiên bản")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Roster> roster(@PathVariable String code) {
        return withTag(rosters.get(code), Function.identity());
    }

    @PutMapping(value = "/roster", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thay toàn bộ danh sách tổ của xã",
            description = "Gửi cùng cấu trúc như GET. Thay thế trọn vẹn trong một giao dịch: hoặc lưu tất cả, hoặc không lưu gì. "
                    + "Chữ được chuẩn hóa NFC; khóa (key) còn thiếu được tạo; số điện thoại được chuẩn hóa E.164 (phoneE164) "
                    + "và đánh dấu che (phoneMasked). Các trường chỉ máy chủ đặt (version, updatedAt, decisionId, phoneE164, "
                    + "phoneMasked) bị bỏ qua.")
    @ApiResponse(responseCode = "200", description = "Danh sách đã lưu, kèm ETag mới")
    @ApiResponse(responseCode = "400", description = "Không phải JSON hoặc có trường lạ", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "412", description = "If-Match đã cũ: người khác đã sửa", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Danh sách không nhất quán (thiếu tên, khóa trùng …), liệt kê mọi lỗi",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Roster> replace(@PathVariable String code,
                                   @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Roster.class)))
                                   HttpServletRequest request) throws IOException {
        Roster content = body(request, Roster.class);
        return withTag(rosters.replace(code, content, expected(code, ifMatch)), Function.identity());
    }

    @GetMapping("/profile")
    @Operation(summary = "Hồ sơ của xã", description = "Tên cơ quan ban hành, địa danh, Chủ tịch và Phó Chủ tịch ký, căn cứ, "
            + "người đề nghị, người thi hành, nơi nhận và dòng Lưu mặc định của các quyết định.")
    ResponseEntity<Profile> profile(@PathVariable String code) {
        return withTag(rosters.get(code), Roster::profile);
    }

    @PutMapping(value = "/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa hồ sơ của xã")
    @ApiResponse(responseCode = "412", description = "If-Match đã cũ", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Profile> putProfile(@PathVariable String code,
                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Profile.class)))
                                       HttpServletRequest request) throws IOException {
        Profile profile = body(request, Profile.class);
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> r.withContent(profile, r.villages(), r.teams()));
        return withTag(saved, Roster::profile);
    }

    @GetMapping("/villages")
    @Operation(summary = "Các thôn, ấp, khu phố của xã")
    ResponseEntity<List<Village>> villages(@PathVariable String code) {
        return withTag(rosters.get(code), Roster::villages);
    }

    @PostMapping(value = "/villages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một thôn, ấp, khu phố", description = "Thêm vào cuối danh sách; không gửi key thì máy chủ tạo từ tên.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của thôn")
    ResponseEntity<Village> addVillage(@PathVariable String code,
                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Village.class)))
                                       HttpServletRequest request) throws IOException {
        Village village = body(request, Village.class);
        Roster saved = rosters.modify(code, expected(code, ifMatch),
                r -> r.withContent(r.profile(), append(r.villages(), village), r.teams()));
        Village added = saved.villages().get(saved.villages().size() - 1);
        return created(saved, "/api/v1/communes/" + code + "/villages/" + added.key(), added);
    }

    @GetMapping("/villages/{key}")
    @Operation(summary = "Một thôn, ấp, khu phố")
    ResponseEntity<Village> village(@PathVariable String code, @PathVariable String key) {
        return withTag(rosters.get(code), r -> village(r, key));
    }

    @PutMapping(value = "/villages/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một thôn, ấp, khu phố", description = "Khóa giữ nguyên theo đường dẫn.")
    ResponseEntity<Village> putVillage(@PathVariable String code, @PathVariable String key,
                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Village.class)))
                                       HttpServletRequest request) throws IOException {
        Village sent = body(request, Village.class);
        Village replacement = new Village(key, sent.kind(), sent.name(), sent.active());
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> {
            village(r, key);
            return r.withContent(r.profile(), r.villages().stream().map(v -> v.key().equals(key) ? replacement : v).toList(), r.teams());
        });
        return withTag(saved, r -> village(r, key));
    }

    @DeleteMapping("/villages/{key}")
    @Operation(summary = "Xóa một thôn, ấp, khu phố", description = "Tổ của thôn đó (nếu có) phải được xóa hoặc chuyển trước; nếu không trả 422.")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteVillage(@PathVariable String code, @PathVariable String key,
                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> {
            village(r, key);
            return r.withContent(r.profile(), r.villages().stream().filter(v -> !v.key().equals(key)).toList(), r.teams());
        });
        return ResponseEntity.noContent().eTag(EntityTags.of(saved.version())).build();
    }

    @GetMapping("/teams")
    @Operation(summary = "Các tổ của xã", description = "Tổ cấp xã và tổ của từng thôn, ấp, mỗi tổ kèm thành viên.")
    ResponseEntity<List<Team>> teams(@PathVariable String code) {
        return withTag(rosters.get(code), Roster::teams);
    }

    @PostMapping(value = "/teams", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một tổ", description = "Thêm vào cuối danh sách, kèm thành viên nếu có.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của tổ")
    ResponseEntity<Team> addTeam(@PathVariable String code,
                                 @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Team.class)))
                                 HttpServletRequest request) throws IOException {
        Team team = body(request, Team.class);
        Roster saved = rosters.modify(code, expected(code, ifMatch),
                r -> r.withContent(r.profile(), r.villages(), append(r.teams(), team)));
        Team added = saved.teams().get(saved.teams().size() - 1);
        return created(saved, "/api/v1/communes/" + code + "/teams/" + added.key(), added);
    }

    @GetMapping("/teams/{key}")
    @Operation(summary = "Một tổ và các thành viên")
    ResponseEntity<Team> team(@PathVariable String code, @PathVariable String key) {
        return withTag(rosters.get(code), r -> team(r, key));
    }

    @PutMapping(value = "/teams/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một tổ", description = "Thay tổ cùng các thành viên; khóa giữ nguyên theo đường dẫn; quyết định thành lập đã ghi thì giữ nguyên.")
    ResponseEntity<Team> putTeam(@PathVariable String code, @PathVariable String key,
                                 @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Team.class)))
                                 HttpServletRequest request) throws IOException {
        Team sent = body(request, Team.class);
        Team replacement = new Team(key, sent.level(), sent.name(), sent.shortName(), sent.villageKey(), sent.status(),
                sent.zaloGroup(), sent.note(), null, sent.members());
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> replaceTeam(r, key, t -> replacement));
        return withTag(saved, r -> team(r, key));
    }

    @DeleteMapping("/teams/{key}")
    @Operation(summary = "Xóa một tổ")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteTeam(@PathVariable String code, @PathVariable String key,
                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> {
            team(r, key);
            return r.withContent(r.profile(), r.villages(), r.teams().stream().filter(t -> !t.key().equals(key)).toList());
        });
        return ResponseEntity.noContent().eTag(EntityTags.of(saved.version())).build();
    }

    @PostMapping(value = "/teams/{key}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Thêm một thành viên vào tổ", description = "Thêm vào cuối tổ. Thành viên chỉ ghi chức vụ (không ghi tên người) thì để person là null.")
    @ApiResponse(responseCode = "201", description = "Đã thêm; Location là địa chỉ của thành viên")
    ResponseEntity<Membership> addMember(@PathVariable String code, @PathVariable String key,
                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Membership.class)))
                                         HttpServletRequest request) throws IOException {
        Membership member = body(request, Membership.class);
        Roster saved = rosters.modify(code, expected(code, ifMatch),
                r -> replaceTeam(r, key, t -> t.withMembers(append(t.members(), member))));
        List<Membership> members = team(saved, key).members();
        Membership added = members.get(members.size() - 1);
        return created(saved, "/api/v1/communes/" + code + "/teams/" + key + "/members/" + added.key(), added);
    }

    @GetMapping("/teams/{key}/members/{memberKey}")
    @Operation(summary = "Một thành viên của tổ")
    ResponseEntity<Membership> member(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey) {
        return withTag(rosters.get(code), r -> member(r, key, memberKey));
    }

    @PutMapping(value = "/teams/{key}/members/{memberKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sửa một thành viên của tổ")
    ResponseEntity<Membership> putMember(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey,
                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Membership.class)))
                                         HttpServletRequest request) throws IOException {
        Membership sent = body(request, Membership.class);
        Membership replacement = new Membership(memberKey, sent.role(), sent.invited(), sent.group(), sent.position(),
                sent.organisation(), sent.person());
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> {
            member(r, key, memberKey);
            return replaceTeam(r, key, t -> t.withMembers(t.members().stream()
                    .map(m -> m.key().equals(memberKey) ? replacement : m).toList()));
        });
        return withTag(saved, r -> member(r, key, memberKey));
    }

    @DeleteMapping("/teams/{key}/members/{memberKey}")
    @Operation(summary = "Xóa một thành viên khỏi tổ")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteMember(@PathVariable String code, @PathVariable String key, @PathVariable String memberKey,
                                      @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Roster saved = rosters.modify(code, expected(code, ifMatch), r -> {
            member(r, key, memberKey);
            return replaceTeam(r, key, t -> t.withMembers(t.members().stream().filter(m -> !m.key().equals(memberKey)).toList()));
        });
        return ResponseEntity.noContent().eTag(EntityTags.of(saved.version())).build();
    }

    private Long expected(String code, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        return EntityTags.expectedVersion(ifMatch, code, rosters.find(code).map(Roster::version).orElse(null));
    }

    private <T> T body(HttpServletRequest request, Class<T> type) throws IOException {
        return bodies.read(request, type);
    }

    private static <T> ResponseEntity<T> withTag(Roster roster, Function<Roster, T> part) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        String tag = EntityTags.of(roster.version());
        if (tag != null) {
            ok.eTag(tag);
        }
        return ok.body(part.apply(roster));
    }

    private static <T> ResponseEntity<T> created(Roster roster, String location, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(EntityTags.of(roster.version())).body(body);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static Roster replaceTeam(Roster r, String key, UnaryOperator<Team> change) {
        team(r, key);
        return r.withContent(r.profile(), r.villages(), r.teams().stream()
                .map(t -> t.key().equals(key) ? change.apply(t) : t).toList());
    }

    private static Village village(Roster r, String key) {
        return r.villages().stream().filter(v -> v.key().equals(key)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("thôn, ấp, khu phố", key, r.communeCode()));
    }

    private static Team team(Roster r, String key) {
        return r.teams().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("tổ", key, r.communeCode()));
    }

    private static Membership member(Roster r, String teamKey, String memberKey) {
        return team(r, teamKey).members().stream().filter(m -> m.key().equals(memberKey)).findFirst()
                .orElseThrow(() -> new RosterItemNotFoundException("thành viên", memberKey, r.communeCode()));
    }
}
