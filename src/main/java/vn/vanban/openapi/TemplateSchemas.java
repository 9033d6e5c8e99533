package vn.vanban.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.template.TemplateDescriptor;

/**
 * Each template's JSON Schema, as the template store holds it when the document is made, becomes the
 * component named after the template (its {@code $defs} become components {@code <id>.<name>}); the
 * render route takes any of them, with each template's {@code example.json} as a named example.
 * The summary letter's route takes that template's data without the parts the register computes.
 */
final class TemplateSchemas {

    static final String RENDER = "/api/v1/templates/{id}/{format}";
    static final String SUMMARY_LETTER = "/api/v1/provinces/{code}/summary-letter/{format}";
    static final String SUMMARY_LETTER_TEMPLATE = "summary-letter";
    /** What the summary letter's route computes from the register and refuses in the body. */
    static final List<String> COMPUTED = List.of("figures", "pending", "province");

    private final Collection<TemplateDescriptor> templates;

    TemplateSchemas(Collection<TemplateDescriptor> templates) {
        this.templates = templates;
    }

    void apply(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        Content anyTemplate = new Content();
        List<Schema> choices = new ArrayList<>();
        MediaType json = new MediaType();
        for (TemplateDescriptor template : templates) {
            components.addSchemas(template.id(), component(template, components));
            choices.add(Schemas.ref(template.id()));
            json.addExamples(template.id(), new Example().summary(template.title()).value(jackson2(template.example())));
        }
        json.schema(new Schema<>().anyOf(choices));
        anyTemplate.addMediaType("application/json", json);
        if (openApi.getPaths() == null) {
            return;
        }
        Operation render = post(openApi.getPaths().get(RENDER));
        if (render != null) {
            render.requestBody(new RequestBody().required(true).content(anyTemplate)
                    .description("Dữ liệu của văn bản theo JSON Schema của mẫu {id} (các thành phần cùng tên mẫu)"));
            List<String> ids = templates.stream().map(TemplateDescriptor::id).toList();
            render.getParameters().stream().filter(p -> p.getName().equals("id")).forEach(p -> p.schema(
                    Schemas.typed("string")._enum(List.copyOf(ids)).description("Mã mẫu")));
        }
        Operation letter = post(openApi.getPaths().get(SUMMARY_LETTER));
        TemplateDescriptor summary = templates.stream().filter(t -> t.id().equals(SUMMARY_LETTER_TEMPLATE)).findFirst().orElse(null);
        if (letter != null && summary != null) {
            components.addSchemas("SummaryLetterRequest", summaryLetterRequest(summary));
            ObjectNode example = ((ObjectNode) summary.example()).deepCopy();
            example.remove(COMPUTED);
            letter.requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                    new MediaType().schema(Schemas.ref("SummaryLetterRequest")).example(jackson2(example)))));
        }
    }

    /** The template's schema with its $defs lifted into components, so that every $ref resolves in the document. */
    private static Schema<?> component(TemplateDescriptor template, Components components) {
        ObjectNode schema = ((ObjectNode) template.schema()).deepCopy();
        schema.remove("$schema");
        JsonNode defs = schema.remove("$defs");
        if (defs != null) {
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                components.addSchemas(template.id() + "." + def.getKey(), schema(template.id(), def.getValue()));
            }
        }
        return schema(template.id(), schema).title(template.title()).description(template.description());
    }

    private static Schema<?> schema(String id, JsonNode node) {
        String json = node.toString().replace("\"#/$defs/", "\"" + Schemas.COMPONENTS + id + ".");
        try {
            return Json31.mapper().readValue(json, Schema.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema<?> summaryLetterRequest(TemplateDescriptor summary) {
        ObjectNode body = ((ObjectNode) summary.schema()).deepCopy();
        body.remove(List.of("$schema", "$defs", "title", "description"));
        ObjectNode properties = (ObjectNode) body.get("properties");
        properties.remove(COMPUTED);
        properties.putObject("asOf").put("type", "string").put("format", "date")
                .put("description", "Ngày tính số liệu (mặc định hôm nay)");
        if (body.has("required")) {
            List<JsonNode> required = new ArrayList<>();
            body.get("required").forEach(required::add);
            body.putArray("required").addAll(required.stream().filter(r -> !COMPUTED.contains(r.asString())).toList());
        }
        return schema(SUMMARY_LETTER_TEMPLATE, body)
                .description("Phần cố định của công văn tổng hợp (mẫu summary-letter), không có figures, pending và province");
    }

    private static Object jackson2(JsonNode node) {
        try {
            return Json31.mapper().readTree(node.toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Operation post(PathItem item) {
        return item == null ? null : item.getPost();
    }
}
