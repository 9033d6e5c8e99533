package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.problem.FieldProblem;
import vn.vanban.render.OutputFormat;
import vn.vanban.memberlist.MemberLists;
import vn.vanban.roster.form.MemberListForm;

@RestController
@Tag(name = "Danh sách thành viên", description = "Danh sách và thông tin Tổ công nghệ số cộng đồng (Mẫu 2) từ danh sách đã lưu")
class MemberListController {

    private final MemberLists lists;

    MemberListController(MemberLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/communes/{code}/member-list.{format:pdf|docx}")
    @Operation(summary = "Danh sách thành viên các tổ của xã (PDF hoặc DOCX)",
            description = "layout=2025 (mặc định: tám cột, có số quyết định thành lập của từng tổ, ghi chú và dòng TỔNG) hoặc "
                    + "2022 (sáu cột). mask=true che ba số cuối điện thoại. Thành viên mỗi tổ xếp theo tên, họ, tên đệm.")
    @ApiResponse(responseCode = "200", description = "Tệp danh sách")
    @ApiResponse(responseCode = "404", description = "Không có xã mã này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Xã chưa có tổ nào có thành viên", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> memberList(@PathVariable String code, @PathVariable String format,
                                      @Parameter(description = "2022 hoặc 2025") @RequestParam(defaultValue = "2025") String layout,
                                      @Parameter(description = "che số điện thoại") @RequestParam(defaultValue = "false") boolean mask) {
        OutputFormat output = OutputFormat.fromExtension(format).orElseThrow();
        return Downloads.of(lists.commune(code, form(layout), mask, output));
    }

    /** The edition of the form that the {@code layout} parameter names. */
    static MemberListForm form(String layout) {
        return MemberListForm.ofEdition(layout).orElseThrow(() -> new DocumentDataException(
                DocumentDataException.Kind.INVALID, "Tham số không hợp lệ",
                java.util.List.of(new FieldProblem("layout", "layout phải là 2022 hoặc 2025"))));
    }
}
