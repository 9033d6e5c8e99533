package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.TeamDocuments;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;
import vn.vanban.template.UnknownTemplateException;

@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Mẫu văn bản", description = "Các mẫu văn bản và việc lập văn bản DOCX/PDF từ dữ liệu JSON")
class TemplateController {

    private final DocumentService documents;
    private final RequestBodies bodies;

    TemplateController(DocumentService documents, RequestBodies bodies) {
        this.documents = documents;
        this.bodies = bodies;
    }

    record TemplateSummary(String id, String title, String description, String pdf, String docx) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Danh sách mẫu văn bản",
            description = "Mỗi mẫu có mã (id), tên, mô tả và đường dẫn để lập văn bản PDF hoặc DOCX.")
    List<TemplateSummary> list() {
        return documents.catalog().all().stream()
                .map(t -> new TemplateSummary(t.id(), t.title(), t.description(),
                        "/api/v1/templates/" + t.id() + "/pdf", "/api/v1/templates/" + t.id() + "/docx"))
                .toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Một mẫu văn bản",
            description = "Tên, mô tả, JSON Schema của dữ liệu và một ví dụ đầy đủ có thể gửi ngay để lập văn bản.")
    @ApiResponse(responseCode = "200", description = "Mẫu văn bản")
    @ApiResponse(responseCode = "404", description = "Không có mẫu này",
            content = @Content(mediaType = "application/problem+json"))
    TemplateDescriptor get(@PathVariable String id) {
        return documents.catalog().get(id);
    }

    @PostMapping(value = "/{id}/{format}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_PDF_VALUE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/problem+json"})
    @Operation(summary = "Lập văn bản PDF hoặc DOCX",
            description = "Gửi dữ liệu JSON theo JSON Schema của mẫu; nhận về tệp với Content-Disposition (tên tệp "
                    + "tiếng Việt UTF-8 kèm tên ASCII dự phòng). Lỗi trả về application/problem+json (RFC 9457) "
                    + "liệt kê mọi trường sai: 400 dữ liệu sai, 404 không có mẫu, 413 quá lớn, 422 dữ liệu không "
                    + "lập được văn bản hợp lệ (ví dụ tổ không có Tổ trưởng).")
    @ApiResponse(responseCode = "200", description = "Tệp văn bản")
    @ApiResponse(responseCode = "400", description = "Dữ liệu không phải JSON hoặc sai cấu trúc",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Không có mẫu hoặc định dạng này",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Dữ liệu vượt giới hạn kích thước hoặc số dòng",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Dữ liệu không lập được văn bản hợp lệ",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> render(@PathVariable String id,
                                  @Parameter(description = "pdf hoặc docx") @PathVariable String format,
                                  HttpServletRequest request) {
        OutputFormat output = output(id, format);
        return Downloads.of(documents.render(id, bodies.tree(request), output));
    }

    @PostMapping(value = "/{id}/{format}", params = "each=team", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {Downloads.ZIP, "application/problem+json"})
    @Operation(summary = "Lập một quyết định cho mỗi tổ, trong một tệp ZIP",
            description = "Mỗi tổ trong \"teams\" một quyết định (dự thảo chưa có số), gửi dần vào tệp ZIP khi lập xong "
                    + "từng tệp. Quá vanban.limits.max-teams-per-zip tổ: 413.")
    @ApiResponse(responseCode = "200", description = "Tệp ZIP")
    @ApiResponse(responseCode = "413", description = "Quá nhiều tổ hoặc dữ liệu quá lớn",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> renderEachTeam(@PathVariable String id,
                                                         @Parameter(description = "pdf hoặc docx") @PathVariable String format,
                                                         @Parameter(description = "team: một quyết định cho mỗi tổ trong \"teams\"")
                                                         @RequestParam String each,
                                                         HttpServletRequest request) {
        OutputFormat output = output(id, format);
        TeamDocuments decisions = documents.renderEachTeam(id, bodies.tree(request), output);
        return Downloads.zip(decisions.title() + ".zip", decisions);
    }

    private static OutputFormat output(String id, String format) {
        return OutputFormat.fromExtension(format).filter(OutputFormat.DOCUMENTS::contains)
                .orElseThrow(() -> new UnknownTemplateException(id + "/" + format));
    }
}
