package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.vanban.batches.Batch;
import vn.vanban.batches.BatchNotFinishedException;
import vn.vanban.batches.BatchService;
import vn.vanban.batches.NewBatch;

@RestController
@Tag(name = "Đợt văn bản", description = "Lập văn bản cho mọi xã của một tỉnh trong nền; tiến độ; tải ZIP kèm bảng kê SHA-256")
class BatchController {

    private final BatchService batches;
    private final RequestBodies bodies;

    BatchController(BatchService batches, RequestBodies bodies) {
        this.batches = batches;
        this.bodies = bodies;
    }

    @PostMapping(value = "/api/v1/batches", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bắt đầu một đợt văn bản cho cả tỉnh",
            description = "Body {\"province\": \"51\", \"kind\": \"member-list\" | \"commune-team-decision\" | \"village-teams-decision\", "
                    + "\"format\": \"pdf\" | \"docx\", \"layout\": \"2025\", \"mask\": false}. Mỗi xã có danh sách tổ được một tệp "
                    + "(quyết định là dự thảo để xã kiểm tra, không vào sổ). Trả về 202 và Location để xem tiến độ. Xã nào lỗi "
                    + "thì ghi lý do và làm tiếp các xã khác. Dịch vụ khởi động lại giữa chừng thì đợt được làm tiếp.")
    @ApiResponse(responseCode = "202", description = "Đã nhận; Location là địa chỉ tiến độ")
    @ApiResponse(responseCode = "404", description = "Không có tỉnh mã này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Yêu cầu không làm được (chưa xã nào có danh sách, định dạng sai …)",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewBatch.class)))
    ResponseEntity<Batch> submit(HttpServletRequest request) {
        Batch batch = batches.submit(bodies.read(request, NewBatch.class));
        return ResponseEntity.accepted().location(URI.create("/api/v1/batches/" + batch.id())).body(batch);
    }

    @GetMapping(value = "/api/v1/batches/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "Tiến độ")
    @Operation(summary = "Tiến độ của đợt", description = "status (QUEUED, RUNNING, DONE), total, done, failed, failures (xã và lý do), "
            + "restarts (số lần làm tiếp sau khi dịch vụ khởi động lại).")
    @ApiResponse(responseCode = "404", description = "Không có đợt này", content = @Content(mediaType = "application/problem+json"))
    Batch get(@PathVariable long id) {
        return batches.get(id);
    }

    @GetMapping("/api/v1/batches/{id}/result.zip")
    @Operation(summary = "Tải kết quả của đợt (ZIP)",
            description = "Mỗi xã một tệp (tên tiếng Việt trong trường Unicode Path của ZIP, tên ASCII dự phòng) và manifest.csv "
                    + "(mã xã, tên xã, trạng thái, tên tệp, SHA-256, kích thước, lý do lỗi). Đợt chưa xong thì trả 409.")
    @ApiResponse(responseCode = "200", description = "Tệp ZIP", content = @Content(mediaType = "application/zip"))
    @ApiResponse(responseCode = "409", description = "Đợt chưa xong", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> zip(@PathVariable long id) {
        Batch batch = batches.get(id);
        if (!batch.finished()) {
            throw new BatchNotFinishedException(batch);
        }
        String name = "Dot van ban " + batch.province() + " - " + batch.kind().json() + " - " + id + ".zip";
        StreamingResponseBody body = out -> batches.writeZip(id, out);
        return Downloads.attachment(Downloads.ZIP, name).body(body);
    }
}
