package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionKind;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.decisions.StoredFile;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.UnknownTemplateException;
import vn.vanban.text.DocumentNumbers;

@RestController
@Tag(name = "Quyết định và sổ đăng ký", description = "Quyết định thành lập lập từ danh sách đã lưu của xã; vào sổ để có số, "
        + "ngày và tệp không đổi (kèm SHA-256)")
class DecisionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DecisionService decisions;
    private final DecisionDrafts drafts;
    private final DecisionRegister register;
    private final RequestBodies bodies;

    DecisionController(DecisionService decisions, DecisionDrafts drafts, DecisionRegister register, RequestBodies bodies) {
        this.decisions = decisions;
        this.drafts = drafts;
        this.register = register;
        this.bodies = bodies;
    }

    /** A decision as the API shows it; {@code data} is the template data it prints. */
    record DecisionView(long id, String communeCode, DecisionKind kind, String template, List<String> teams,
                        String subject, String status, String issuer, String symbol, Integer number, String numberText,
                        LocalDate date, String reference, Instant createdAt, Instant registeredAt, String registeredBy,
                        DecisionLink replaces, DecisionLink replacedBy, List<FileView> files, JsonNode data) {
    }

    /** Another decision of the lifecycle: the one a kiện toàn decision replaces, or the one that replaced it. */
    record DecisionLink(long id, String reference, String href) {
    }

    record FileView(String format, String href, String fileName, String sha256, Long size) {
    }

    record Registration(LocalDate date, Boolean confirmEarlierDate) {
    }

    @PostMapping(value = "/api/v1/communes/{code}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lập dự thảo quyết định từ danh sách đã lưu",
            description = "kind: commune-team (Tổ cấp xã, như mẫu của phường Cẩm Thành), village-teams (mọi tổ thôn, ấp trong "
                    + "một quyết định, Mẫu 1) hoặc each-team (mỗi tổ một quyết định): chỉ cho tổ chưa có quyết định đang có hiệu lực (tổ đã có "
                    + "thì trả 422 nêu số quyết định đó); reconstitute: quyết định kiện toàn cho tổ đã có quyết định, thay thế quyết định đó. teams: khóa các tổ (mặc định mọi tổ "
                    + "chưa giải thể thuộc loại đó). subject: trích yếu khác mặc định. deputy: Phó Chủ tịch ký KT. CHỦ TỊCH "
                    + "(tên trong hồ sơ). Trả về mảng các dự thảo đã lập (một phần tử trừ each-team); Location là dự thảo đầu "
                    + "tiên. Danh sách không lập được quyết định hợp lệ (tổ không có hoặc có hai Tổ trưởng, hồ sơ thiếu "
                    + "người ký …) thì trả 422 và không lập gì.")
    @ApiResponse(responseCode = "201", description = "Các dự thảo đã lập")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Không lập được quyết định từ danh sách này",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewDecision.class)))
    ResponseEntity<List<DecisionView>> create(@PathVariable String code,
                                              HttpServletRequest request) {
        List<Decision> made = drafts.create(code, bodies.read(request, NewDecision.class));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + made.get(0).id()))
                .body(made.stream().map(d -> view(d, false)).toList());
    }

    @GetMapping(value = "/api/v1/communes/{code}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Các quyết định của xã", description = "Dự thảo và quyết định đã vào sổ, theo thứ tự lập (không kèm data).")
    List<DecisionView> list(@PathVariable String code) {
        return decisions.list(code).stream().map(d -> view(d, false)).toList();
    }

    @GetMapping(value = "/api/v1/decisions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "Quyết định")
    @Operation(summary = "Một quyết định", description = "Kèm data: dữ liệu mẫu văn bản mà quyết định in ra.")
    @ApiResponse(responseCode = "404", description = "Không có quyết định này", content = @Content(mediaType = "application/problem+json"))
    DecisionView get(@PathVariable long id) {
        return view(decisions.get(id), true);
    }

    @GetMapping("/api/v1/decisions/{id}/{format:pdf|docx}")
    @Operation(summary = "Tệp PDF hoặc DOCX của quyết định",
            description = "Quyết định đã vào sổ: đúng tệp đã lưu, ETag là SHA-256 và Repr-Digest (RFC 9530). Dự thảo: lập lại "
                    + "từ dữ liệu đã chụp khi lập dự thảo.")
    @ApiResponse(responseCode = "200", description = "Tệp văn bản")
    @ApiResponse(responseCode = "404", description = "Không có quyết định này", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> file(@PathVariable long id, @Parameter(description = "pdf hoặc docx") @PathVariable String format) {
        OutputFormat output = OutputFormat.fromExtension(format).orElseThrow(() -> new UnknownTemplateException(format));
        StoredFile file = decisions.file(id, output);
        return Downloads.attachment(file.mediaType(), file.fileName())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .eTag("\"" + file.sha256() + "\"")
                .body(file.content());
    }

    @PostMapping(value = "/api/v1/decisions/{id}/registration", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Vào sổ một dự thảo",
            description = "Cấp số tiếp theo của cơ quan ban hành (theo mã xã), ký hiệu và năm (01, 02, … bắt đầu lại từ 1 tháng 1; "
                    + "không trùng, đúng cả khi nhiều người vào sổ cùng lúc) và ngày ban hành (body {\"date\": \"2025-08-05\"}, mặc định "
                    + "hôm nay theo giờ Việt Nam). Ngày sau hôm nay bị từ chối (422); ngày sớm hơn quyết định vào sổ gần nhất cùng "
                    + "sổ cần {\"confirmEarlierDate\": true}, vì số cấp theo thứ tự ban hành. Lưu tệp PDF và DOCX kèm SHA-256; ghi quyết định thành lập vào các tổ. Sau "
                    + "đó quyết định không đổi được nữa.")
    @ApiResponse(responseCode = "200", description = "Quyết định đã vào sổ")
    @ApiResponse(responseCode = "404", description = "Không có quyết định này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Quyết định đã vào sổ rồi", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Ngày ban hành chưa đến, hoặc sớm hơn quyết định vào sổ gần nhất mà không xác nhận",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(schema = @Schema(implementation = Registration.class)))
    DecisionView register(@PathVariable long id,
                          HttpServletRequest request) {
        Registration registration = bodies.readOptional(request, Registration.class);
        return view(register.register(id, registration == null ? null : registration.date(),
                registration != null && Boolean.TRUE.equals(registration.confirmEarlierDate())), false);
    }

    @DeleteMapping("/api/v1/decisions/{id}")
    @Operation(summary = "Xóa một dự thảo", description = "Quyết định đã vào sổ không xóa được (409).")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    @ApiResponse(responseCode = "409", description = "Quyết định đã vào sổ", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Void> delete(@PathVariable long id) {
        drafts.delete(id);
        return ResponseEntity.noContent().build();
    }

    private DecisionView view(Decision d, boolean withData) {
        String base = "/api/v1/decisions/" + d.id();
        List<FileView> files = d.registered()
                ? decisions.storedFiles(d.id()).stream()
                .map(f -> new FileView(f.format(), base + "/" + f.format(), f.fileName(), f.sha256(), f.size())).toList()
                : List.of(new FileView("pdf", base + "/pdf", null, null, null), new FileView("docx", base + "/docx", null, null, null));
        String numberText = d.registered() ? DocumentNumbers.numberAndSymbol(d.number(), d.symbol()) : null;
        String reference = d.reference();
        return new DecisionView(d.id(), d.communeCode(), d.kind(), d.templateId(), d.teams(), d.subject(),
                d.status().name().toLowerCase(java.util.Locale.ROOT), d.issuer(), d.symbol(), d.number(), numberText,
                d.issueDate(), reference, d.createdAt(), d.registeredAt(), d.registeredBy(), link(d.replaces()), link(d.replacedBy()),
                files, withData ? JSON.readTree(d.data()) : null);
    }

    private DecisionLink link(Long id) {
        if (id == null) {
            return null;
        }
        return new DecisionLink(id, decisions.get(id).reference(), "/api/v1/decisions/" + id);
    }
}
