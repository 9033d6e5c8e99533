package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

    /**
     * One handler for a document and for a ZIP of one decision per team: a {@code params} condition on a
     * second mapping would make every POST's handler lookup read the request's parameters, so that a file
     * sent form-encoded to any route was parsed (and its bytes logged) before it could be answered 415.
     */
    @PostMapping(value = "/{id}/{format}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_PDF_VALUE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Downloads.ZIP,
                "application/problem+json"})
    @Operation(summary = "Lập văn bản PDF hoặc DOCX, hoặc một quyết định cho mỗi tổ trong một tệp ZIP",
            description = "Gửi dữ liệu JSON theo JSON Schema của mẫu; nhận về tệp với Content-Disposition (tên tệp "
                    + "tiếng Việt UTF-8 kèm tên ASCII dự phòng). Với ?each=team: mỗi tổ trong \"teams\" một quyết "
                    + "định (dự thảo chưa có số), gửi dần vào tệp ZIP khi lập xong từng tệp; quá "
                    + "vanban.limits.max-teams-per-zip tổ: 413. Lỗi trả về application/problem+json (RFC 9457) "
                    + "liệt kê mọi trường sai: 400 dữ liệu sai, 404 không có mẫu, 413 quá lớn, 422 dữ liệu không "
                    + "lập được văn bản hợp lệ (ví dụ tổ không có Tổ trưởng).")
    @ApiResponse(responseCode = "200", description = "Tệp văn bản, hoặc tệp ZIP với ?each=team")
    @ApiResponse(responseCode = "400", description = "Dữ liệu không phải JSON hoặc sai cấu trúc",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Không có mẫu hoặc định dạng này",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Dữ liệu vượt giới hạn kích thước hoặc số dòng, hoặc quá nhiều tổ",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Dữ liệu không lập được văn bản hợp lệ",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> render(@PathVariable String id,
                             @Parameter(description = "pdf hoặc docx") @PathVariable String format,
                             @Parameter(description = "team: một quyết định cho mỗi tổ trong \"teams\", trả về tệp "
                                     + "ZIP (mỗi quyết định là một dự thảo chưa có số)")
                             @RequestParam(required = false) EachFile each,
                             HttpServletRequest request, HttpServletResponse response) throws IOException {
        OutputFormat output = output(id, format);
        if (each == EachFile.team) {
            TeamDocuments decisions = documents.renderEachTeam(id, bodies.tree(request), output);
            Downloads.writeZip(response, decisions.title() + ".zip", decisions);
            return null;
        }
        return Downloads.of(documents.render(id, bodies.tree(request), output));
    }

    /** The values of {@code ?each=}, spelt as on the wire (another value is a 400 naming the parameter). */
    enum EachFile {
        team
    }

    private static OutputFormat output(String id, String format) {
        return OutputFormat.fromExtension(format).filter(OutputFormat.DOCUMENTS::contains)
                .orElseThrow(() -> new UnknownTemplateException(id + "/" + format));
    }
}
