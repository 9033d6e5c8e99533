package vn.vanban.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The contract test can fail: each kind of drift between a document and an answer is reported. */
class ContractValidatorTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
                                                     {"name": "layout", "in": "query", "schema": {"type": "string", "enum": ["2022", "2025"]}}],
                "responses": {"200": {"headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                              "404": {"content": {"application/problem+json": {"schema": {"type": "object", "required": ["status"]}}}}}}},
              "/things": {"post": {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"headers": {"ETag": {"schema": {"type": "string"}}},
               "schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"},
                 "size": {"type": ["integer", "null"]}}}}}}""";

    private final ContractValidator contract = new ContractValidator(JsonMapper.builder().build().readTree(DOCUMENT));

    @Test
    void anExchangeThatFitsHasNoViolationAndCounts() {
        assertThat(get("/things/7?layout=2025", 200, "application/json", "{\"name\": \"a\", \"size\": null}", "ETag", "\"1\"")).isEmpty();
        assertThat(contract.covered()).containsExactly("GET /things/{id}");
        assertThat(contract.operations()).containsExactlyInAnyOrder("GET /things/{id}", "POST /things");
    }

    @Test
    void everyKindOfDriftIsReported() {
        assertThat(get("/things/7", 500, "application/json", "{}")).singleElement().asString().contains("status 500");
        assertThat(get("/things/7", 200, "application/json", "{\"size\": 1}")).singleElement().asString().contains("name");
        assertThat(get("/things/7", 200, "text/plain", "a")).singleElement().asString().contains("text/plain");
        assertThat(get("/things/7", 404, "application/problem+json", "{\"status\": 404}", "Location", "/x"))
                .singleElement().asString().contains("location");
        assertThat(get("/things/x", 200, "application/json", "{\"name\": \"a\"}")).singleElement().asString().contains("id");
        assertThat(get("/things/7?layout=2030", 200, "application/json", "{\"name\": \"a\"}")).singleElement().asString().contains("layout");
        assertThat(get("/things/7?mask=true", 200, "application/json", "{\"name\": \"a\"}")).singleElement().asString().contains("mask");
        assertThat(get("/others", 200, "application/json", "{}")).singleElement().asString().contains("no operation");
        assertThat(exchange("POST", "/things", "{\"size\": \"big\"}", 201, "application/json", "{\"name\": \"a\"}")).hasSize(2);
        assertThat(exchange("POST", "/things", null, 201, "application/json", "{\"name\": \"a\"}"))
                .singleElement().asString().contains("requires a body");
    }

    private List<String> get(String uri, int status, String type, String body, String... headers) {
        return exchange("GET", uri, null, status, type, body, headers);
    }

    private List<String> exchange(String method, String uri, String request, int status, String type, String body, String... headers) {
        Map<String, List<String>> answer = new java.util.HashMap<>(Map.of("Content-Type", List.of(type)));
        for (int i = 0; i < headers.length; i += 2) {
            answer.put(headers[i], List.of(headers[i + 1]));
        }
        return contract.violations(new ContractValidator.Exchange(method, URI.create("http://localhost" + uri), "application/json",
                request == null ? null : request.getBytes(StandardCharsets.UTF_8), status, HttpHeaders.of(answer, (a, b) -> true),
                body.getBytes(StandardCharsets.UTF_8)));
    }
}
