package vn.vanban.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * The security schemes in the OpenAPI document ({@code basicAuth}, {@code bearerAuth}, the session
 * cookie), and on every operation which of them it takes and who reaches it ({@code x-access}: the same
 * rules as {@link SecurityConfiguration}; the scope inside is {@link AccessPolicy}'s). Applied by
 * {@code vn.vanban.openapi.ApiDocumentation} in its order: the error answers depend on who is asked.
 */
public final class OpenApiSecurity {

    private final AccessProperties properties;

    public OpenApiSecurity(AccessProperties properties) {
        this.properties = properties;
    }

    public void apply(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Tên đăng nhập và mật khẩu của tài khoản (cho script, curl -u)"));
        components.addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Khóa truy cập của hệ thống khác (vb_…), do quản trị tạo"));
        components.addSecuritySchemes("sessionCookie", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("Phiên đăng nhập của trình duyệt (POST /login); yêu cầu ghi cần thêm X-XSRF-TOKEN bằng cookie XSRF-TOKEN"));
        openApi.setComponents(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> secure(path, op)));
    }

    private void secure(String path, Operation op) {
        String access;
        if (path.startsWith("/api/v1/admin/")) {
            access = "admin";
        } else if (path.startsWith("/api/v1/account")) {
            access = "person";
        } else if (path.startsWith("/api/v1/templates")) {
            access = properties.anonymousRender() ? "anonymous" : "any";
        } else {
            access = "scoped";
        }
        op.addExtension("x-access", access);
        if (access.equals("anonymous")) {
            op.setSecurity(List.of(new SecurityRequirement()));
            return;
        }
        op.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
        op.addSecurityItem(new SecurityRequirement().addList("sessionCookie"));
        if (!access.equals("person")) {
            op.addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
        }
    }
}
