package vn.vanban.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every error answer is RFC 9457 problem+json with the one {@code Problem} schema. Besides the answers a
 * controller documents, each operation gets those that the service gives every route of its kind: 401
 * and 403 where credentials are needed, 404 where the path names something, 400 where there is input,
 * 413 and 415 where there is a body, 429 and 503 with Retry-After where it renders or imports.
 */
final class ProblemAnswers {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Dữ liệu hoặc tham số không hợp lệ; errors[] chỉ từng chỗ sai"),
            Map.entry("401", "Chưa đăng nhập, sai mật khẩu hoặc khóa không dùng được"),
            Map.entry("403", "Tài khoản hoặc khóa không được làm việc này"),
            Map.entry("404", "Không có thứ được chỉ tới"),
            Map.entry("405", "Phương thức không dùng được ở địa chỉ này"),
            Map.entry("409", "Xung đột với trạng thái hiện tại"),
            Map.entry("412", "If-Match đã cũ: người khác đã sửa; ETag là phiên bản hiện tại"),
            Map.entry("413", "Dữ liệu vượt giới hạn kích thước hoặc số dòng"),
            Map.entry("415", "Kiểu nội dung (Content-Type) không nhận"),
            Map.entry("422", "Dữ liệu đúng cấu trúc nhưng không dùng được; errors[] chỉ từng chỗ"),
            Map.entry("429", "Gửi quá nhiều yêu cầu; chờ Retry-After giây"),
            Map.entry("500", "Lỗi của hệ thống"),
            Map.entry("503", "Đang bận lập văn bản hoặc nhập tệp; chờ Retry-After giây"));

    private static final Map<String, String> SUCCESS = Map.of("OK", "Thành công", "Created", "Đã tạo", "Accepted", "Đã nhận",
            "No Content", "Đã xong, không có nội dung");

    private ProblemAnswers() {
    }

    static void apply(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSchemas("ProblemError", problemError());
        components.addSchemas(PROBLEM, problem());
        openApi.setComponents(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            boolean shed = Routes.SHED.contains(method.name() + " " + path);
            answers(path, op, shed);
        }));
    }

    private static void answers(String path, Operation op, boolean shed) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        // A text in the path names something (404 when it does not exist); other input can be malformed.
        boolean input = op.getRequestBody() != null || (op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> !"path".equals(p.getIn()) || p.getSchema() == null || !"string".equals(type(p.getSchema()))));
        if (op.getSecurity() == null || op.getSecurity().stream().anyMatch(r -> !r.isEmpty())) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (input) {
            add(responses, "400");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413");
            add(responses, "415");
        }
        if (shed) {
            add(responses, "429").addHeaderObject("Retry-After", new Header().$ref(RouteDocs.HEADERS + "Retry-After"));
            add(responses, "503").addHeaderObject("Retry-After", new Header().$ref(RouteDocs.HEADERS + "Retry-After"));
        }
        if (responses.containsKey("412")) {
            responses.get("412").addHeaderObject("ETag", new Header().$ref(RouteDocs.HEADERS + "ETag"));
        }
        TreeMap<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        sorted.forEach((code, answer) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                answer.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(Schemas.ref(PROBLEM))));
            } else if (answer.getContent() != null) {
                answer.getContent().remove(PROBLEM_JSON);
                answer.setDescription(SUCCESS.getOrDefault(answer.getDescription(), answer.getDescription()));
            } else {
                answer.setDescription(SUCCESS.getOrDefault(answer.getDescription(), answer.getDescription()));
            }
            responses.addApiResponse(code, answer);
        });
    }

    private static String type(Schema<?> schema) {
        return schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : schema.getType();
    }

    private static ApiResponse add(ApiResponses responses, String code) {
        return responses.computeIfAbsent(code, c -> new ApiResponse().description(DESCRIPTIONS.get(c)));
    }

    /** RFC 9457, with the errors[] every data problem of this service lists. */
    private static Schema<?> problem() {
        return Schemas.typed("object")
                .description("Lỗi theo RFC 9457 (application/problem+json); tiêu đề và chi tiết bằng tiếng Việt")
                .addProperty("type", Schemas.string("Loại lỗi, ví dụ /problems/invalid-data").format("uri-reference"))
                .addProperty("title", Schemas.string("Tên loại lỗi, ví dụ Dữ liệu không hợp lệ"))
                .addProperty("status", Schemas.typed("integer").format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("Mã trạng thái HTTP"))
                .addProperty("detail", Schemas.string("Giải thích cho lần gửi này"))
                .addProperty("instance", Schemas.string("Địa chỉ đã gọi").format("uri-reference"))
                .addProperty("errors", Schemas.typed("array").items(Schemas.ref("ProblemError"))
                        .description("Mọi chỗ sai cùng lúc, mỗi chỗ với JSON Pointer"))
                .required(List.of("title", "status"));
    }

    private static Schema<?> problemError() {
        return Schemas.typed("object")
                .description("Một chỗ sai: pointer là JSON Pointer (RFC 6901) vào dữ liệu gửi lên (\"\" là cả dữ liệu)")
                .addProperty("pointer", Schemas.string("JSON Pointer, ví dụ /teams/0/members/2/phone"))
                .addProperty("detail", Schemas.string("Vì sao sai, bằng tiếng Việt"))
                .required(List.of("pointer", "detail"));
    }
}
