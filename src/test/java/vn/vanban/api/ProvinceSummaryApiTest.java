package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Figures of a hand-built province (Cao Bằng, 56 communes): Thục Phán with a commune team decided in
 * July and a village team decided late August, Nùng Trí Cao decided in September, the rest without roster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class ProvinceSummaryApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private long register(String commune, String body, String date) throws Exception {
        HttpResponse<String> made = api.send("POST", "/api/v1/communes/" + commune + "/decisions", body);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = json(made).get(0).path("id").asLong();
        HttpResponse<String> reg = api.send("POST", "/api/v1/decisions/" + id + "/registration", "{ \"date\": \"" + date + "\" }");
        assertThat(reg.statusCode()).as(reg.body()).isEqualTo(200);
        return id;
    }

    @Test
    void figuresAndTheCommunesWithoutADecisionFollowTheRegisterDates() throws Exception {
        assertThat(api.send("PUT", "/api/v1/communes/01273/roster",
                DecisionApiTest.roster(2, "ỦY BAN NHÂN DÂN PHƯỜNG THỤC PHÁN")).statusCode()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/communes/01273/teams/to-cong-nghe-so-cong-dong-ap-giao-hoa-2", null)
                .statusCode()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/v1/communes/01279/roster",
                DecisionApiTest.roster(0, "ỦY BAN NHÂN DÂN PHƯỜNG NÙNG TRÍ CAO")).statusCode()).isEqualTo(200);
        register("01273", "{ \"kind\": \"commune-team\" }", "2025-07-10");
        register("01273", "{ \"kind\": \"village-teams\" }", "2025-08-20");
        register("01279", "{ \"kind\": \"commune-team\" }", "2025-09-01");

        JsonNode august = json(api.get("/api/v1/provinces/04/summary?asOf=2025-08-01"));
        assertThat(august.path("communes").asLong()).isEqualTo(56);
        assertThat(august.path("communesWithDecision").asLong()).isEqualTo(1);
        assertThat(august.path("communesWithAnyDecision").asLong()).isEqualTo(1);
        assertThat(august.path("communesWithRoster").asLong()).isEqualTo(2);
        assertThat(august.path("teams").asLong()).isEqualTo(3);
        assertThat(august.path("teamsWithDecision").asLong()).isEqualTo(1);
        assertThat(august.path("members").asLong()).isEqualTo(15);
        assertThat(august.path("villagesWithoutTeam").asLong()).isEqualTo(1);
        JsonNode missing = august.path("communesWithoutDecision");
        assertThat(missing.size()).isEqualTo(55);
        assertThat(missing.findValuesAsString("code")).doesNotContain("01273").contains("01279", "01288")
                .isSorted();

        JsonNode september = json(api.get("/api/v1/provinces/04/summary?asOf=2025-09-30"));
        assertThat(september.path("communesWithDecision").asLong()).isEqualTo(2);
        assertThat(september.path("teamsWithDecision").asLong()).isEqualTo(3);
        assertThat(september.path("communesWithoutDecision").size()).isEqualTo(54);

        ObjectNode letter = (ObjectNode) JsonMapper.builder().build().readTree(Files.readString(Path.of("templates/summary-letter/example.json")));
        letter.remove(List.of("figures", "pending", "province"));
        letter.put("asOf", "2025-08-01");
        HttpResponse<byte[]> pdf = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/provinces/04/summary-letter/pdf"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(letter.toString())), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        // Named by its V/v, not by the appendix's title.
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("filename=\"Cong van V-v don doc").doesNotContain("Phu luc"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertThat(text).contains("01/8/2025").contains("1/56").contains("Phụ lục").doesNotContain("PHỤ LỤC").contains("Nùng Trí Cao")
                .contains("01288").doesNotContain("Thục Phán");
        letter.putObject("figures").put("communes", 1);
        assertThat(api.send("POST", "/api/v1/provinces/04/summary-letter/docx", letter.toString()).statusCode()).isEqualTo(400);

        // The consolidated list: both communes with a roster, each with its subtotal, then TỔNG.
        HttpResponse<byte[]> listPdf = api.getBytes("/api/v1/provinces/04/member-list.pdf?mask=true");
        assertThat(listPdf.statusCode()).isEqualTo(200);
        String listText;
        try (PDDocument doc = Loader.loadPDF(listPdf.body())) {
            listText = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
        assertThat(listText).contains("Tỉnh Cao Bằng").contains("Phường Thục Phán").contains("Phường Nùng Trí Cao")
                .contains("/QĐ-UBND ngày 10/7/2025").contains("Cộng").contains("TỔNG");
        HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/provinces/04/member-list.xlsx?layout=2022");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            java.util.List<String> names = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> names.add(cell.toString())));
            assertThat(names).filteredOn(t -> t.startsWith("Nguyễn Văn")).hasSize(15);
            assertThat(names).filteredOn(t -> t.startsWith("Cộng")).hasSize(2);
        }
        assertThat(api.get("/api/v1/provinces/46/member-list.docx").statusCode()).isEqualTo(422);
        assertThat(api.get("/api/v1/provinces/99/member-list.docx").statusCode()).isEqualTo(404);

        assertThat(api.get("/api/v1/provinces/99/summary").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/provinces/04/summary?asOf=hôm-qua").statusCode()).isEqualTo(400);
    }
}
