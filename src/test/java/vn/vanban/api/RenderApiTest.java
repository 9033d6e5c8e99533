package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP API end to end, on a real port: success paths, every error path, hostile text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.limits.max-body-bytes=200000", "vanban.limits.max-rows=400", "vanban.warm-up=false"})
class RenderApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ApiClient http = ApiClient.admin();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        return JSON.readTree(r.body());
    }

    private ObjectNode example(String id) throws Exception {
        return (ObjectNode) json(get("/api/v1/templates/" + id)).get("example");
    }

    private static void assertProblem(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode body = json(r);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
    }

    @Test
    void listsTheTemplatesWithLinks() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = json(r);
        assertThat(list.findValuesAsString("id")).containsExactlyInAnyOrder("commune-team-decision", "member-list",
                "official-letter", "summary-letter", "village-teams-decision", "team-dissolution-decision");
        assertThat(list.get(0).path("pdf").asString()).startsWith("/api/v1/templates/");
    }

    @Test
    void describesOneTemplateWithSchemaAndExample() throws Exception {
        JsonNode t = json(get("/api/v1/templates/official-letter"));
        assertThat(t.path("title").asString()).isEqualTo("Công văn");
        assertThat(t.path("schema").path("required").toString()).contains("addressees");
        assertThat(t.path("example").path("symbol").asString()).isEqualTo("SKHCN-CĐS");
    }

    @Test
    void rendersPdfAndDocxWithVietnameseFileNames() throws Exception {
        String body = example("commune-team-decision").toString();
        HttpResponse<byte[]> pdf = post("/api/v1/templates/commune-team-decision/pdf", body);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"Quyet dinh Ve viec thanh lap");
        String utf8 = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
        assertThat(utf8).isEqualTo("Quyết định Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành.pdf");

        HttpResponse<byte[]> docx = post("/api/v1/templates/commune-team-decision/docx", body);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.body()[0]).isEqualTo((byte) 'P');
        assertThat(docx.body()[1]).isEqualTo((byte) 'K');
    }

    @Test
    void oneDecisionPerTeamComesAsAZip() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/templates/village-teams-decision/docx?each=team",
                example("village-teams-decision").toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
        java.util.List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly(
                "Quyết định Về việc thành lập Tổ công nghệ số cộng đồng ấp Giao Hòa A.docx",
                "Quyết định Về việc thành lập Tổ công nghệ số cộng đồng ấp Giao Hòa B.docx",
                "Quyết định Về việc thành lập Tổ công nghệ số cộng đồng ấp Thạnh Lợi.docx");
        assertProblem(post("/api/v1/templates/official-letter/pdf?each=team", example("official-letter").toString()), 400);
    }

    @Test
    void aDecisionPerTeamIsADraftWithNeitherNumberNorDate() throws Exception {
        // The example is numbered 12 and dated 5/8/2025; each team's own decision takes both at registration.
        HttpResponse<byte[]> r = post("/api/v1/templates/village-teams-decision/pdf?each=team",
                example("village-teams-decision").toString());
        assertThat(r.statusCode()).isEqualTo(200);
        int files = 0;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files++;
                String text;
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(zip.readAllBytes())) {
                    text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0]+", " ");
                }
                assertThat(text).as(e.getName()).contains("Số: /QĐ-UBND").doesNotContain("12/QĐ-UBND")
                        .contains("Giao Long, ngày tháng năm 2025").doesNotContain("ngày 05 tháng 8");
            }
        }
        assertThat(files).isEqualTo(3);
    }

    @Test
    void malformedJsonIs400WithPosition() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/templates/official-letter/pdf", "{\"issuer\": {\"name\": ");
        assertProblem(r, 400);
        assertThat(json(r).path("errors").get(0).path("detail").asString()).contains("JSON");
    }

    @Test
    void invalidDataIs400ListingEveryField() throws Exception {
        ObjectNode data = example("official-letter");
        data.remove("subject");
        data.remove("addressees");
        data.put("number", "mười hai");
        HttpResponse<byte[]> r = post("/api/v1/templates/official-letter/docx", data.toString());
        assertProblem(r, 400);
        assertThat(json(r).path("type").asString()).isEqualTo("/problems/invalid-data");
        assertThat(json(r).path("errors").findValuesAsString("pointer")).contains("/subject", "/addressees", "/number");
    }

    @Test
    void unknownTemplateAndFormatAre404() throws Exception {
        assertProblem(get("/api/v1/templates/no-such-template"), 404);
        assertProblem(post("/api/v1/templates/no-such-template/pdf", "{}"), 404);
        assertProblem(post("/api/v1/templates/official-letter/odt", "{}"), 404);
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        ObjectNode data = example("official-letter");
        data.put("contact", "x".repeat(250_000));
        assertProblem(post("/api/v1/templates/official-letter/pdf", data.toString()), 413);
    }

    @Test
    void tooManyRowsIs413() throws Exception {
        ObjectNode data = example("member-list");
        var members = data.withArray("/communes/0/teams/0/members");
        for (int i = 0; i < 450; i++) {
            members.addObject().put("role", "member").put("fullName", "Người " + i);
        }
        HttpResponse<byte[]> r = post("/api/v1/templates/member-list/pdf", data.toString());
        assertProblem(r, 413);
        assertThat(json(r).path("errors").get(0).path("pointer").asString()).isEqualTo("/communes/0/teams/0/members");
    }

    @Test
    void textOverTheLimitIs400() throws Exception {
        ObjectNode data = example("official-letter");
        data.put("closing", "x".repeat(5000));
        HttpResponse<byte[]> r = post("/api/v1/templates/official-letter/pdf", data.toString());
        assertProblem(r, 400);
        assertThat(json(r).path("errors").get(0).path("pointer").asString()).isEqualTo("/closing");
    }

    @Test
    void teamWithoutLeaderIs422() throws Exception {
        ObjectNode data = example("village-teams-decision");
        ((ObjectNode) data.at("/teams/1/members/0")).put("role", "member");
        HttpResponse<byte[]> r = post("/api/v1/templates/village-teams-decision/pdf", data.toString());
        assertProblem(r, 422);
        assertThat(json(r).path("type").asString()).isEqualTo("/problems/unprocessable-document");
        assertThat(json(r).path("errors").get(0).path("pointer").asString()).isEqualTo("/teams/1/members");
        assertThat(json(r).path("errors").get(0).path("detail").asString()).contains("chưa có Tổ trưởng");
    }

    @Test
    void wrongMediaTypeAndMethodAreProblems() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/templates/official-letter/pdf"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertProblem(r, 415);
        assertProblem(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/templates"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofByteArray()), 405);
    }

    @Test
    void arrayInsteadOfObjectIs400() throws Exception {
        assertProblem(post("/api/v1/templates/official-letter/pdf", "[1,2,3]"), 400);
        assertProblem(post("/api/v1/templates/official-letter/pdf", ""), 400);
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> api = get("/v3/api-docs");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode paths = json(api).path("paths");
        assertThat(paths.has("/api/v1/templates/{id}/{format}")).isTrue();
        // Every route of the service is documented, each operation with a summary.
        assertThat(paths.propertyNames()).contains("/api/v1/communes/{code}/roster", "/api/v1/communes/{code}/checks",
                "/api/v1/communes/{code}/decisions", "/api/v1/decisions/{id}/registration", "/api/v1/provinces/{code}/summary",
                "/api/v1/batches", "/api/v1/batches/{id}/result.zip", "/api/v1/communes/{code}/roster/import",
                "/api/v1/communes/{code}/teams/{key}/members/{memberKey}", "/api/v1/provinces/{code}/summary-letter/{format}");
        for (JsonNode path : paths) {
            for (JsonNode operation : path) {
                assertThat(operation.path("summary").asString()).as(operation.toString()).isNotBlank();
            }
        }
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
