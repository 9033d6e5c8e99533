package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary letter says only what the register holds on its date (Cà Mau, 64 communes): Bạc Liêu
 * (31825) with village teams decided on 5 July and no commune team; Vĩnh Trạch (31834) with a commune
 * team founded on 10 July (a group seat among its members) and reconstituted on 20 July; Hiệp Thành (31840)
 * without a roster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class SummaryLetterTruthApiTest {

    private static final String GROUP_SEAT = "{ \"role\": \"member\", \"group\": true, "
            + "\"position\": \"Các đồng chí là Tổ trưởng tổ công nghệ số tại các ấp\" },";

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

    private HttpResponse<byte[]> letter(String asOf, String format) throws Exception {
        ObjectNode letter = (ObjectNode) JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("templates/summary-letter/example.json")));
        letter.remove(List.of("figures", "pending", "province"));
        letter.put("asOf", asOf);
        HttpResponse<byte[]> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/provinces/96/summary-letter/" + format))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(letter.toString())), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r;
    }

    private String text(String asOf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(letter(asOf, "pdf").body())) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void everySentenceOfTheLetterIsTrueOfTheRegisterOnItsDate() throws Exception {
        String bạcLiêu = DecisionApiTest.roster(2, "ỦY BAN NHÂN DÂN PHƯỜNG BẠC LIÊU");
        assertThat(api.send("PUT", "/api/v1/communes/31825/roster", bạcLiêu).statusCode()).isEqualTo(200);
        String vĩnhTrạch = DecisionApiTest.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG VĨNH TRẠCH").replaceFirst("\"members\": \\[",
                "\"members\": [" + GROUP_SEAT.replace("$", "\\$"));
        HttpResponse<String> put = api.send("PUT", "/api/v1/communes/31834/roster", vĩnhTrạch);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        // Nothing registered yet: no team or member figure stands beside "chưa có … nào".
        String july1 = text("2025-07-01");
        assertThat(july1).contains("Tính đến ngày 01/7/2025, chưa có xã, phường, đặc khu nào ban hành Quyết định thành "
                + "lập Tổ công nghệ số cộng đồng cấp xã. Trong số 2 xã, phường, đặc khu đã nhập dữ liệu, còn 3 thôn, tổ "
                + "dân phố chưa thành lập Tổ công nghệ số cộng đồng.").doesNotContain("thành viên");

        register("31825", "{ \"kind\": \"village-teams\" }", "2025-07-05");
        register("31834", "{ \"kind\": \"commune-team\" }", "2025-07-10");
        assertThat(api.send("PUT", "/api/v1/communes/31834/roster", vĩnhTrạch.replace("Nguyễn Văn Mai 90", "Trần Thị Mai 90"))
                .statusCode()).isEqualTo(200);
        register("31834", "{ \"kind\": \"reconstitute\" }", "2025-07-20");

        // Founded on 10 July, reconstituted on 20 July: one team on 15 July and after, never two.
        for (String asOf : List.of("2025-07-15", "2025-08-01")) {
            JsonNode summary = json(api.get("/api/v1/provinces/96/summary?asOf=" + asOf));
            assertThat(summary.path("teamsWithDecision").asLong()).as(asOf).isEqualTo(3);
            assertThat(summary.path("membersWithDecision").asLong()).as(asOf).isEqualTo(15);
        }
        JsonNode august = json(api.get("/api/v1/provinces/96/summary?asOf=2025-08-01"));
        assertThat(august.path("members").asLong()).as("the group seat is no member").isEqualTo(25);
        assertThat(august.path("communesWithoutDecision").get(0).path("missing").asString()).isEqualTo("commune-team-only");

        String august1 = text("2025-08-01");
        assertThat(august1).contains("Tính đến ngày 01/8/2025, mới có 1/64 xã, phường, đặc khu ban hành Quyết định thành "
                + "lập Tổ công nghệ số cộng đồng cấp xã. Các Quyết định đã ban hành thành lập 3 Tổ công nghệ số cộng đồng "
                + "cấp xã và ở thôn, tổ dân phố, với 15 thành viên. Trong số 2 xã, phường, đặc khu đã nhập dữ liệu, còn "
                + "1 thôn, tổ dân phố chưa thành lập Tổ công nghệ số cộng đồng.");
        assertThat(august1).contains("Phụ lục").doesNotContain("PHỤ LỤC")
                .contains("31825 Phường Bạc Liêu Đã thành lập tổ ở thôn, tổ dân phố, chưa có tổ cấp xã")
                .contains("31840 Phường Hiệp Thành Chưa nhập dữ liệu Tổ công nghệ số cộng đồng")
                .doesNotContain("Phường Vĩnh Trạch");
    }

    @Test
    void theFilesTitleIsTheLettersVvNotTheAppendix() throws Exception {
        String vv = "V/v đôn đốc ban hành Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã";
        try (PDDocument doc = Loader.loadPDF(letter("2025-07-01", "pdf").body())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(vv);
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        }
        String core = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(letter("2025-07-01", "docx").body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("docProps/core.xml")) {
                    core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(core).contains("<dc:title>" + vv + "</dc:title>")
                .contains("<dc:creator>SỞ KHOA HỌC VÀ CÔNG NGHỆ</dc:creator>").contains("<dc:language>vi-VN</dc:language>");
    }
}
