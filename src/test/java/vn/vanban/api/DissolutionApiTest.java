package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The team lifecycle's end: found → the village is merged → dissolve → register → the team dissolved, the founding decision ended. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class DissolutionApiTest {

    private static final String CODE = "12586";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aTeamWhoseVillageMergedIsDissolvedAndItsFoundingDecisionEnded() throws Exception {
        String roster = RosterJson.roster(2, "ỦY BAN NHÂN DÂN XÃ HƯNG HÀ");
        assertThat(api.send("PUT", "/api/v1/communes/" + CODE + "/roster", roster).statusCode()).isEqualTo(200);
        // No decision in force yet: nothing to dissolve.
        HttpResponse<String> early = api.send("POST", "/api/v1/communes/" + CODE + "/decisions", "{ \"kind\": \"dissolve\" }");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("sáp nhập");

        long founding = json(api.send("POST", "/api/v1/communes/" + CODE + "/decisions", "{ \"kind\": \"village-teams\" }")).get(0).path("id").asLong();
        HttpResponse<String> reg = api.send("POST", "/api/v1/decisions/" + founding + "/registration", "{ \"date\": \"2025-07-10\" }");
        assertThat(reg.statusCode()).as(reg.body()).isEqualTo(200);
        String inForce = json(reg).path("reference").asString();

        // The village still exists: refused, naming the reason at the team.
        HttpResponse<String> stillThere = api.send("POST", "/api/v1/communes/" + CODE + "/decisions",
                "{ \"kind\": \"dissolve\", \"teams\": [\"" + teamKey(2) + "\"] }");
        assertThat(stillThere.statusCode()).isEqualTo(422);
        assertThat(json(stillThere).path("errors").findValuesAsString("pointer")).containsExactly("/teams/0");
        assertThat(stillThere.body()).contains("vẫn còn");

        // Ấp Giao Hòa 2 is merged into ấp Giao Hòa 1: the checks ask for a dissolution.
        HttpResponse<String> merged = api.send("PUT", "/api/v1/communes/" + CODE + "/villages/ap-2",
                "{ \"kind\": \"ấp\", \"name\": \"Giao Hòa 2\", \"active\": false, \"mergedInto\": \"ap-1\" }");
        assertThat(merged.statusCode()).as(merged.body()).isIn(200, 204);
        JsonNode due = finding("dissolution-due");
        assertThat(due).isNotNull();
        assertThat(due.path("message").asString()).contains("đã sáp nhập vào Giao Hòa 1").contains(inForce).contains("giải thể");

        JsonNode draft = json(api.send("POST", "/api/v1/communes/" + CODE + "/decisions", "{ \"kind\": \"dissolve\" }"));
        assertThat(draft.size()).isEqualTo(1);
        long dissolution = draft.get(0).path("id").asLong();
        assertThat(draft.get(0).path("teams").size()).isEqualTo(1);
        String pdf = text(api.getBytes("/api/v1/decisions/" + dissolution + "/pdf").body());
        assertThat(pdf)
                .contains("Về việc giải thể Tổ công nghệ số cộng đồng ấp Giao Hòa 2")
                .contains("Giải thể Tổ công nghệ số cộng đồng ấp Giao Hòa 2, do ấp Giao Hòa 2 đã được sáp nhập vào ấp Giao Hòa 1.")
                .contains("Các thành viên của Tổ công nghệ số cộng đồng ấp Giao Hòa 2 tham gia Tổ công nghệ số cộng đồng ấp Giao Hòa 1")
                .contains("Căn cứ Quyết định số " + inForce + " của Chủ tịch Ủy ban nhân dân xã Hưng Hà")
                .contains("chấm dứt hiệu lực các nội dung về Tổ công nghệ số cộng đồng ấp Giao Hòa 2 tại Quyết định số " + inForce)
                .doesNotContain("Nguyễn Văn Tâm 2");
        String docx = documentXml(api.getBytes("/api/v1/decisions/" + dissolution + "/docx").body());
        assertThat(docx).contains("Giải thể Tổ công nghệ số cộng đồng ấp Giao Hòa 2").contains("chấm dứt hiệu lực");

        HttpResponse<String> registered = api.send("POST", "/api/v1/decisions/" + dissolution + "/registration", "{ \"date\": \"2025-08-01\" }");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        for (JsonNode team : json(api.get("/api/v1/communes/" + CODE + "/teams"))) {
            String status = team.path("status").asString();
            switch (team.path("villageKey").asString("")) {
                case "ap-2" -> assertThat(status).isEqualTo("dissolved");
                case "ap-1" -> assertThat(status).isEqualTo("established");
                default -> assertThat(status).isEqualTo("proposed");
            }
        }
        // Ấp Giao Hòa 1 still stands on the founding decision: it is ended for the dissolved team only.
        assertThat(json(api.get("/api/v1/decisions/" + founding)).path("replacedBy").isMissingNode()
                || json(api.get("/api/v1/decisions/" + founding)).path("replacedBy").isNull()).isTrue();
        assertThat(finding("dissolution-due")).isNull();
        String list = text(api.getBytes("/api/v1/communes/" + CODE + "/member-list.pdf?layout=2025").body());
        assertThat(list).contains("Giao Hòa 1").doesNotContain("Nguyễn Văn Tâm 2");

        // Ấp Giao Hòa 1 is removed too: its dissolution leaves no team of the founding decision, which it ends as a whole.
        assertThat(api.send("PUT", "/api/v1/communes/" + CODE + "/villages/ap-1",
                "{ \"kind\": \"ấp\", \"name\": \"Giao Hòa 1\", \"active\": false }").statusCode()).isIn(200, 204);
        long last = json(api.send("POST", "/api/v1/communes/" + CODE + "/decisions", "{ \"kind\": \"dissolve\" }")).get(0).path("id").asLong();
        String lastPdf = text(api.getBytes("/api/v1/decisions/" + last + "/pdf").body());
        assertThat(lastPdf).contains("không còn là đơn vị ấp của xã")
                .contains("có hiệu lực thi hành kể từ ngày ký và chấm dứt hiệu lực Quyết định số " + inForce);
        assertThat(api.send("POST", "/api/v1/decisions/" + last + "/registration", "{ \"date\": \"2025-08-02\" }").statusCode()).isEqualTo(200);
        assertThat(json(api.get("/api/v1/decisions/" + founding)).path("replacedBy").path("id").asLong()).isEqualTo(last);
    }

    private String teamKey(int index) throws Exception {
        return json(api.get("/api/v1/communes/" + CODE + "/teams")).get(index).path("key").asString();
    }

    private JsonNode finding(String rule) throws Exception {
        for (JsonNode f : json(api.get("/api/v1/communes/" + CODE + "/checks")).path("findings")) {
            if (f.path("rule").asString().equals(rule)) {
                return f;
            }
        }
        return null;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    /** The text runs of word/document.xml, joined, so that a sentence split across runs reads whole. */
    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    // Place names are bound with no-break spaces (text.Phrases); read them as spaces.
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "")
                            .replace('\u00A0', ' ');
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
