package vn.vanban.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;

/**
 * Small schema builders. Under OpenAPI 3.1 swagger-core writes a schema's {@code types}, not its
 * {@code type}, so a schema built with {@code type("string")} alone would be written as {@code {}}.
 */
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    private Schemas() {
    }

    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(Set.of(type));
        return schema;
    }

    static Schema<Object> string(String description) {
        return typed("string").description(description);
    }

    static Schema<Object> binary() {
        return typed("string").format("binary");
    }

    static Schema<Object> ref(String component) {
        return new Schema<>().$ref(COMPONENTS + component);
    }
}
