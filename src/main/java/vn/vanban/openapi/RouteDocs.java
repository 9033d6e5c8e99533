package vn.vanban.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies {@link Routes}: operationIds, file answers typed as binary, answer headers, the enums of parameters. */
final class RouteDocs {

    static final String HEADERS = "#/components/headers/";

    /** The answer headers, described once and referenced by each answer that carries them. */
    private static final Map<String, Header> HEADER_DOCS = Map.of(
            "ETag", header("Phiên bản của danh sách tổ của xã (ví dụ \"7\"), để gửi lại trong If-Match; với tệp quyết định "
                    + "đã vào sổ là SHA-256 của tệp"),
            "Location", header("Địa chỉ của thứ vừa tạo"),
            "Content-Disposition", header("Tệp: attachment; filename=\"tên ASCII\"; filename*=UTF-8''tên tiếng Việt (RFC 6266). "
                    + "Địa chỉ kết thúc như đuôi tệp (tên có dấu chấm): inline, để trình duyệt không lưu thành tệp"),
            "Repr-Digest", header("SHA-256 của tệp đã lưu (RFC 9530), ví dụ sha-256=:…:"),
            "Retry-After", header("Số giây nên chờ trước khi gửi lại"));

    private RouteDocs() {
    }

    static void apply(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        HEADER_DOCS.forEach(components::addHeaders);
        openApi.setComponents(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Routes.Route route = Routes.ALL.get(method.name() + " " + path);
            if (route != null) {
                document(route, path, op);
            }
            enums(op);
        }));
        importBody(openApi.getPaths().get("/api/v1/communes/{code}/roster/import"));
        requestEnums(components);
    }

    /** Request fields whose records take a plain text but accept only these values. */
    private static void requestEnums(Components components) {
        Map<String, Map<String, List<String>>> values = Map.of(
                "NewDecision", Map.of("kind", List.of("commune-team", "village-teams", "each-team", "reconstitute", "dissolve")),
                "NewBatch", Map.of("format", List.of("pdf", "docx"), "layout", List.of("2022", "2025")));
        values.forEach((component, fields) -> {
            io.swagger.v3.oas.models.media.Schema<?> schema = components.getSchemas() == null ? null : components.getSchemas().get(component);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            fields.forEach((field, allowed) -> {
                io.swagger.v3.oas.models.media.Schema<?> property = schema.getProperties().get(field);
                if (property != null) {
                    schema.getProperties().put(field, Schemas.typed("string")._enum(List.copyOf(allowed))
                            .description(property.getDescription()));
                }
            });
        });
    }

    private static void document(Routes.Route route, String path, Operation op) {
        op.setOperationId(route.operationId());
        // Only a registration may come without a body (it then registers today).
        if (op.getRequestBody() != null && !route.operationId().equals("registerDecision")) {
            op.getRequestBody().required(true);
        }
        String success = op.getResponses().keySet().stream().filter(code -> code.startsWith("2")).findFirst().orElse("200");
        ApiResponse answer = op.getResponses().computeIfAbsent(success, code -> new ApiResponse().description("Thành công"));
        if (route.answersFiles()) {
            Content files = new Content();
            route.formats().forEach(format -> files.addMediaType(Routes.FORMATS.get(format),
                    new MediaType().schema(format.equals("csv") ? Schemas.string("Tệp CSV, UTF-8") : Schemas.binary())));
            answer.setContent(files);
            List<String> formats = route.formats().stream().filter(f -> !f.equals("zip")).toList();
            parameter(op, "format").ifPresent(p -> p.schema(Schemas.typed("string")._enum(List.copyOf(formats))
                    .description(String.join(", ", formats))));
        }
        for (String name : route.headers()) {
            answer.addHeaderObject(name, new Header().$ref(HEADERS + name));
        }
        if (path.contains("{") && op.getParameters() != null) {
            op.getParameters().stream().filter(p -> "path".equals(p.getIn())).forEach(p -> p.required(true));
        }
    }

    /** The values of parameters that mean the same on every route. */
    private static void enums(Operation op) {
        parameter(op, "layout").ifPresent(p -> p.schema(Schemas.typed("string")._enum(List.of("2022", "2025"))._default("2025"))
                .description("Mẫu danh sách: 2025 (tám cột, mặc định) hoặc 2022 (sáu cột)"));
        parameter(op, "each").ifPresent(p -> p.schema(Schemas.typed("string")._enum(List.of("team"))));
    }

    /** The import reads the raw upload, which springdoc cannot see. */
    private static void importBody(PathItem item) {
        if (item == null || item.getPost() == null) {
            return;
        }
        item.getPost().requestBody(new RequestBody().required(true)
                .description("Bảng tính theo mẫu danh sách thành viên (2022 hoặc 2025; TCVN3/VNI được chuyển sang Unicode)")
                .content(new Content()
                        .addMediaType(Routes.XLSX, new MediaType().schema(Schemas.binary()))
                        .addMediaType(Routes.CSV, new MediaType().schema(Schemas.string("CSV, UTF-8, dòng tiêu đề như khi xuất")))));
    }

    private static java.util.Optional<Parameter> parameter(Operation op, String name) {
        return op.getParameters() == null ? java.util.Optional.empty()
                : op.getParameters().stream().filter(p -> p.getName().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    private static Header header(String description) {
        return new Header().description(description).schema(Schemas.typed("string"));
    }
}
