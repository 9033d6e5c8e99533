package vn.vanban.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import vn.vanban.generation.DocumentService;
import vn.vanban.security.AccessProperties;
import vn.vanban.security.OpenApiSecurity;

/**
 * The OpenAPI document at {@code /v3/api-docs} (README "HTTP API"): springdoc reads the controllers, and
 * this one customizer adds, in this order, what the code cannot show: the routes' operationIds, files
 * and headers ({@link RouteDocs}), the templates' JSON Schemas ({@link TemplateSchemas}), who may call
 * what ({@link OpenApiSecurity}) and every error answer as one Problem schema ({@link ProblemAnswers}).
 */
@Configuration
class ApiDocumentation {

    static {
        // A JSON tree is whatever JSON the template takes; its Java accessors are no part of the contract.
        SpringDocUtils.getConfig()
                .replaceWithSchema(JsonNode.class, new io.swagger.v3.oas.models.media.Schema<>()
                        .description("Giá trị JSON bất kỳ (dữ liệu hoặc JSON Schema của một mẫu)"))
                .replaceWithSchema(StreamingResponseBody.class, Schemas.binary());
    }

    @Bean
    OpenAPI vanbanOpenApi(ObjectProvider<BuildProperties> build, ApiDocumentationProperties properties) {
        BuildProperties running = build.getIfAvailable();
        Contact contact = new Contact().name(properties.contactName()).email(properties.contactEmail()).url(properties.contactUrl());
        // Relative: the document is right on whatever host and scheme serves it (behind a proxy too).
        return new OpenAPI().servers(List.of(new Server().url("/").description("Máy chủ đang phục vụ tài liệu này")))
                .info(new Info()
                .title("vanban: văn bản của Tổ công nghệ số cộng đồng")
                .version(running == null ? "dev" : running.getVersion())
                .description("Danh sách Tổ công nghệ số cộng đồng của xã, phường, đặc khu và các văn bản lập từ đó (quyết định, "
                        + "danh sách thành viên, công văn) theo Nghị định 30/2020/NĐ-CP, dạng DOCX và PDF. Mọi lỗi trả về "
                        + "application/problem+json (RFC 9457) với errors[] gồm pointer (JSON Pointer) và detail.")
                .contact(contact)
                .license(new License().name(properties.licenceName()).url(properties.licenceUrl())));
    }

    @Bean
    OpenApiCustomizer vanbanContract(DocumentService documents, AccessProperties access) {
        OpenApiSecurity security = new OpenApiSecurity(access);
        return openApi -> {
            RouteDocs.apply(openApi);
            new TemplateSchemas(documents.catalog().all()).apply(openApi);
            security.apply(openApi);
            ProblemAnswers.apply(openApi);
        };
    }
}
