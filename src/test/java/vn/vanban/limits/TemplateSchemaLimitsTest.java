package vn.vanban.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every template schema bounds everything it accepts, so that no template data is unbounded: a maximum on
 * every text (never above max-text-length), every list (never above max-rows) and every number, and no
 * property it does not name. A field the store also keeps has the store's maximum.
 */
class TemplateSchemaLimitsTest {

    private static final RequestLimits LIMITS = RequestLimits.defaults();

    /** Fields of template data that are the roster's fields, with the column they are printed from. */
    private static final Map<String, Integer> STORED = Map.of(
            "/properties/issuer/properties/name", FieldLengths.ISSUER_NAME,
            "/properties/symbol", FieldLengths.SYMBOL,
            "/properties/place", FieldLengths.PLACE,
            "/properties/subject", FieldLengths.DECISION_SUBJECT,
            "/properties/recipients/items", FieldLengths.RECIPIENT);

    static Stream<Path> schemas() throws IOException {
        return Files.list(Path.of("templates")).map(dir -> dir.resolve("schema.json")).filter(Files::exists).sorted();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyTextListNumberAndObjectIsBounded(Path schema) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(schema));
        List<String> unbounded = new ArrayList<>();
        walk(root, "", unbounded);
        assertThat(unbounded).as(schema.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void aFieldTheStoreKeepsHasTheStoresMaximum(Path schema) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(schema));
        STORED.forEach((pointer, max) -> {
            JsonNode field = root.at(pointer);
            if (!field.isMissingNode()) {
                assertThat(field.path("maxLength").asInt()).as(schema + pointer).isEqualTo(max);
            }
        });
    }

    private static void walk(JsonNode node, String at, List<String> unbounded) {
        if (!node.isObject()) {
            return;
        }
        List<String> types = new ArrayList<>();
        if (node.path("type").isString()) {
            types.add(node.path("type").asString());
        }
        if (node.path("type").isArray()) {
            node.path("type").valueStream().filter(JsonNode::isString).map(JsonNode::asString).forEach(types::add);
        }
        if (types.contains("string") && !(node.path("maxLength").asInt(Integer.MAX_VALUE) <= LIMITS.maxTextLength())) {
            unbounded.add(at + ": text without maxLength ≤ " + LIMITS.maxTextLength());
        }
        if (types.contains("array") && !(node.path("maxItems").asInt(Integer.MAX_VALUE) <= LIMITS.maxRows())) {
            unbounded.add(at + ": list without maxItems ≤ " + LIMITS.maxRows());
        }
        if ((types.contains("integer") || types.contains("number")) && !(node.has("minimum") && node.has("maximum"))) {
            unbounded.add(at + ": number without minimum and maximum");
        }
        if ((types.contains("object") || node.has("properties")) 
                && !(node.path("additionalProperties").isBoolean() && !node.path("additionalProperties").asBoolean())) {
            unbounded.add(at + ": object that accepts properties it does not name");
        }
        for (var e : node.properties()) {
            walk(e.getValue(), at + "/" + e.getKey(), unbounded);
            if (e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    walk(e.getValue().get(i), at + "/" + e.getKey() + "/" + i, unbounded);
                }
            }
        }
    }
}
