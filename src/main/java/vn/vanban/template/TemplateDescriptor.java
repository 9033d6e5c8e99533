package vn.vanban.template;

import tools.jackson.databind.JsonNode;

/**
 * A built-in or operator template: what it is called, what it produces, the JSON Schema of its data
 * and a realistic example.
 */
public record TemplateDescriptor(String id, String title, String description, JsonNode schema, JsonNode example) {
}
