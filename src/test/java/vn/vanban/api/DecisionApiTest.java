package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class DecisionApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String roster(int villages, String issuer) {
        return RosterJson.roster(villages, issuer);
    }

    private JsonNode create(String code, String body) throws Exception {
        HttpResponse<String> r = api.send("POST", "/api/v1/communes/" + code + "/decisions", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    @Test
    void aDraftFromTheRosterIsRegisteredNumberedStoredAndThenImmutable() throws Exception {
        assertThat(api.send("PUT", "/api/v1/communes/28807/roster", roster(3, "ỦY BAN NHÂN DÂN XÃ GIAO LONG")).statusCode()).isEqualTo(200);
        HttpResponse<String> made = api.send("POST", "/api/v1/communes/28807/decisions", "{ \"kind\": \"village-teams\" }");
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode draft = json(made).get(0);
        long id = draft.path("id").asLong();
        assertThat(made.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/decisions/" + id));
        assertThat(draft.path("status").asString()).isEqualTo("draft");
        assertThat(draft.path("teams").size()).isEqualTo(3);
        assertThat(text(api.getBytes("/api/v1/decisions/" + id + "/pdf").body()))
                .contains("Về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Giao Long")
                .contains("ấp Giao Hòa 3").contains("CHỦ TỊCH").contains("Lê Thanh Phong");

        HttpResponse<String> reg = api.send("POST", "/api/v1/decisions/" + id + "/registration", "{ \"date\": \"2025-08-05\" }");
        assertThat(reg.statusCode()).as(reg.body()).isEqualTo(200);
        JsonNode registered = json(reg);
        assertThat(registered.path("status").asString()).isEqualTo("registered");
        int number = registered.path("number").asInt();
        assertThat(number).isPositive();
        String numberText = registered.path("numberText").asString();
        assertThat(registered.path("reference").asString()).isEqualTo(numberText + " ngày 05/8/2025");

        HttpResponse<byte[]> pdf = api.getBytes("/api/v1/decisions/" + id + "/pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()));
        assertThat(pdf.headers().firstValue("ETag")).contains("\"" + sha + "\"");
        assertThat(registered.findValuesAsString("sha256")).contains(sha);
        assertThat(api.getBytes("/api/v1/decisions/" + id + "/pdf").body()).isEqualTo(pdf.body());
        assertThat(text(pdf.body())).contains("Số: " + numberText).contains("Giao Long, ngày 05 tháng 8 năm 2025");
        assertThat(api.getBytes("/api/v1/decisions/" + id + "/docx").headers().firstValue("ETag")).isPresent();

        HttpResponse<String> again = api.send("POST", "/api/v1/decisions/" + id + "/registration", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("type").asString()).isEqualTo("/problems/conflict");
        assertThat(api.send("DELETE", "/api/v1/decisions/" + id, null).statusCode()).isEqualTo(409);

        JsonNode teams = json(api.get("/api/v1/communes/28807/teams"));
        for (JsonNode team : teams) {
            boolean covered = team.path("level").asString().equals("village");
            assertThat(team.path("decisionId").asLong(-1)).isEqualTo(covered ? id : -1);
            assertThat(team.path("status").asString()).isEqualTo(covered ? "established" : "proposed");
        }
        assertThat(json(api.get("/api/v1/communes/28807/decisions")).findValuesAsString("status")).contains("registered");

        HttpResponse<byte[]> list = api.getBytes("/api/v1/communes/28807/member-list.pdf?layout=2025&mask=true");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list.body()).replaceAll("\\s+", " ")).contains(numberText + " ngày 05/8/2025")
                .contains("Tổ công nghệ số cộng đồng xã Giao Long").contains("TỔNG");
        assertThat(api.getBytes("/api/v1/communes/28807/member-list.docx?layout=2022").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/communes/28807/member-list.pdf?layout=2019").statusCode()).isEqualTo(400);
    }

    @Test
    void parallelRegistrationsGetDistinctConsecutiveNumbers() throws Exception {
        int n = 8;
        String issuer = "ỦY BAN NHÂN DÂN XÃ SONG SONG";
        assertThat(api.send("PUT", "/api/v1/communes/16177/roster", roster(n, issuer)).statusCode()).isEqualTo(200);
        JsonNode drafts = create("16177", "{ \"kind\": \"each-team\" }");
        assertThat(drafts.size()).isEqualTo(n + 1);
        List<Callable<Integer>> registrations = new ArrayList<>();
        for (JsonNode d : drafts) {
            registrations.add(() -> {
                HttpResponse<String> r = api.send("POST", "/api/v1/decisions/" + d.path("id").asLong() + "/registration",
                        "{ \"date\": \"2024-03-02\" }");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                return json(r).path("number").asInt();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(n + 1);
        List<Integer> numbers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(registrations)) {
            numbers.add(f.get());
        }
        pool.shutdown();
        int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(n + 1)
                .allSatisfy(x -> assertThat(x).isBetween(first, first + n));
        JsonNode teams = json(api.get("/api/v1/communes/16177/teams"));
        assertThat(teams.findValuesAsString("status")).containsOnly("established");
    }

    @Test
    void aRosterThatCannotMakeAValidDecisionIsRefusedAndNothingIsDrafted() throws Exception {
        String noLeader = roster(2, "ỦY BAN NHÂN DÂN XÃ GIAO LONG").replaceFirst("\"role\": \"leader\", \"position\": \"Trưởng ấp\"",
                "\"role\": \"member\", \"position\": \"Trưởng ấp\"");
        assertThat(api.send("PUT", "/api/v1/communes/14797/roster", noLeader).statusCode()).isEqualTo(200);
        int before = json(api.get("/api/v1/communes/14797/decisions")).size();
        HttpResponse<String> r = api.send("POST", "/api/v1/communes/14797/decisions", "{ \"kind\": \"each-team\" }");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Tổ trưởng");
        assertThat(json(api.get("/api/v1/communes/14797/decisions")).size()).isEqualTo(before);

        HttpResponse<String> deputy = api.send("POST", "/api/v1/communes/14797/decisions",
                "{ \"kind\": \"commune-team\", \"deputy\": \"Không Có Ai\" }");
        assertThat(deputy.statusCode()).isEqualTo(422);
        assertThat(json(deputy).path("errors").findValuesAsString("pointer")).contains("/deputy");
    }

    @Test
    void aDeputySignsForTheChairAndAnUnknownDecisionIsA404() throws Exception {
        assertThat(api.send("PUT", "/api/v1/communes/21025/roster", roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH")).statusCode()).isEqualTo(200);
        JsonNode d = create("21025", "{ \"kind\": \"commune-team\", \"deputy\": \"Trần Văn Bảy\" }").get(0);
        assertThat(text(api.getBytes("/api/v1/decisions/" + d.path("id").asLong() + "/pdf").body()))
                .contains("KT. CHỦ TỊCH").contains("PHÓ CHỦ TỊCH").contains("Trần Văn Bảy")
                .contains("Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành");
        assertThat(api.send("DELETE", "/api/v1/decisions/" + d.path("id").asLong(), null).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/decisions/" + d.path("id").asLong()).statusCode()).isEqualTo(404);
    }

    @Test
    void aViceChairSigningForACommitteeKeepsItTheCommitteesDecision() throws Exception {
        String committee = roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH").replace("\"issuerKind\": \"chair\"", "\"issuerKind\": \"collective\"");
        assertThat(api.send("PUT", "/api/v1/communes/21025/roster", committee).statusCode()).isEqualTo(200);
        JsonNode d = create("21025", "{ \"kind\": \"commune-team\", \"deputy\": \"Trần Văn Bảy\" }").get(0);
        String pdf = text(api.getBytes("/api/v1/decisions/" + d.path("id").asLong() + "/pdf").body());

        assertThat(pdf).contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").contains("Trần Văn Bảy")
                .doesNotContain("CHỦ TỊCH ỦY BAN NHÂN DÂN");
        assertThat(json(api.get("/api/v1/decisions/" + d.path("id").asLong())).path("data").path("issuer").path("kind").asString())
                .isEqualTo("collective");
        assertThat(api.send("DELETE", "/api/v1/decisions/" + d.path("id").asLong(), null).statusCode()).isEqualTo(204);
    }

    @Test
    void numbersRunPerCommuneNotPerPrintedNameAndFollowTheIssuingOrder() throws Exception {
        // Two communes of different provinces, both "Xã Tân Tiến": each has its own 01.
        String issuer = "ỦY BAN NHÂN DÂN XÃ TÂN TIẾN";
        for (String code : List.of("01051", "06019")) {
            assertThat(api.send("PUT", "/api/v1/communes/" + code + "/roster", roster(1, issuer)).statusCode()).isEqualTo(200);
            long id = create(code, "{ \"kind\": \"commune-team\" }").get(0).path("id").asLong();
            HttpResponse<String> r = api.send("POST", "/api/v1/decisions/" + id + "/registration", "{ \"date\": \"2025-03-10\" }");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(r).path("number").asInt()).as(code).isEqualTo(1);
        }

        long next = create("01051", "{ \"kind\": \"village-teams\" }").get(0).path("id").asLong();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        HttpResponse<String> future = api.send("POST", "/api/v1/decisions/" + next + "/registration",
                "{ \"date\": \"" + tomorrow + "\" }");
        assertThat(future.statusCode()).as(future.body()).isEqualTo(422);
        assertThat(json(future).path("type").asString()).isEqualTo("/problems/invalid-registration");
        assertThat(json(future).path("errors").findValuesAsString("pointer")).containsExactly("/date");
        assertThat(json(future).path("detail").asString()).contains("chưa đến");

        HttpResponse<String> earlier = api.send("POST", "/api/v1/decisions/" + next + "/registration", "{ \"date\": \"2025-03-09\" }");
        assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(422);
        assertThat(json(earlier).path("detail").asString()).contains("10/3/2025").contains("confirmEarlierDate");
        assertThat(json(api.get("/api/v1/decisions/" + next)).path("status").asString()).isEqualTo("draft");

        HttpResponse<String> confirmed = api.send("POST", "/api/v1/decisions/" + next + "/registration",
                "{ \"date\": \"2025-03-09\", \"confirmEarlierDate\": true }");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).path("number").asInt()).isEqualTo(2);
    }

    @Test
    void aTeamIsFoundedOnceAndThenReconstitutedByADecisionThatReplacesTheOneInForce() throws Exception {
        String code = "12583";
        String roster = roster(2, "ỦY BAN NHÂN DÂN XÃ TÂN TIẾN");
        assertThat(api.send("PUT", "/api/v1/communes/" + code + "/roster", roster).statusCode()).isEqualTo(200);
        long founding = create(code, "{ \"kind\": \"village-teams\" }").get(0).path("id").asLong();
        HttpResponse<String> reg = api.send("POST", "/api/v1/decisions/" + founding + "/registration", "{ \"date\": \"2025-07-10\" }");
        assertThat(reg.statusCode()).as(reg.body()).isEqualTo(200);
        String inForce = json(reg).path("reference").asString();
        assertThat(inForce).isEqualTo("01/QĐ-UBND ngày 10/7/2025");

        // A second founding decision for the same teams is refused, naming the decision in force.
        HttpResponse<String> again = api.send("POST", "/api/v1/communes/" + code + "/decisions", "{ \"kind\": \"village-teams\" }");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(json(again).path("errors").findValuesAsString("pointer")).containsExactly("/kind");
        assertThat(json(again).path("errors").findValuesAsString("detail")).singleElement().asString().contains(inForce);
        String villageTeam = json(api.get("/api/v1/communes/" + code + "/teams")).get(1).path("key").asString();
        HttpResponse<String> each = api.send("POST", "/api/v1/communes/" + code + "/decisions",
                "{ \"kind\": \"each-team\", \"teams\": [\"" + villageTeam + "\"] }");
        assertThat(each.statusCode()).isEqualTo(422);
        assertThat(json(each).path("errors").findValuesAsString("pointer")).containsExactly("/teams/0");
        assertThat(each.body()).contains(inForce);
        // The commune team has no decision: it is founded, not reconstituted.
        String communeTeam = json(api.get("/api/v1/communes/" + code + "/teams")).get(0).path("key").asString();
        HttpResponse<String> notYet = api.send("POST", "/api/v1/communes/" + code + "/decisions",
                "{ \"kind\": \"reconstitute\", \"teams\": [\"" + communeTeam + "\"] }");
        assertThat(notYet.statusCode()).isEqualTo(422);
        assertThat(json(notYet).path("errors").findValuesAsString("pointer")).containsExactly("/teams/0");

        // A member changes: the checks say a kiện toàn is due, naming the decision in force.
        assertThat(json(api.get("/api/v1/communes/" + code + "/checks")).findValuesAsString("rule")).doesNotContain("reconstitution-due");
        assertThat(api.send("PUT", "/api/v1/communes/" + code + "/roster", roster.replace("Nguyễn Văn Mai 1", "Trần Thị Mai 1"))
                .statusCode()).isEqualTo(200);
        JsonNode due = null;
        for (JsonNode f : json(api.get("/api/v1/communes/" + code + "/checks")).path("findings")) {
            if (f.path("rule").asString().equals("reconstitution-due")) {
                assertThat(due).as("one finding").isNull();
                due = f;
            }
        }
        assertThat(due).isNotNull();
        assertThat(due.path("pointer").asString()).isEqualTo("/teams/1/members");
        assertThat(due.path("severity").asString()).isEqualTo("WARNING");
        assertThat(due.path("message").asString()).contains(inForce).contains("kiện toàn");

        JsonNode draft = create(code, "{ \"kind\": \"reconstitute\" }");
        assertThat(draft.size()).isEqualTo(1);
        long kienToan = draft.get(0).path("id").asLong();
        assertThat(draft.get(0).path("replaces").path("id").asLong()).isEqualTo(founding);
        assertThat(draft.get(0).path("teams").size()).isEqualTo(2);
        assertThat(text(api.getBytes("/api/v1/decisions/" + kienToan + "/pdf").body()).replaceAll("[\\s\\u00a0]+", " "))
                .contains("Về việc kiện toàn các Tổ công nghệ số cộng đồng trên địa bàn xã Tân Tiến")
                .contains("Kiện toàn các Tổ công nghệ số cộng đồng trên địa bàn xã Tân Tiến")
                .contains("Trần Thị Mai 1")
                .contains("Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 01/QĐ-UBND ngày "
                        + "10/7/2025 của Chủ tịch Ủy ban nhân dân xã Tân Tiến.")
                .doesNotContain("Thành lập các Tổ");

        HttpResponse<String> registered = api.send("POST", "/api/v1/decisions/" + kienToan + "/registration", "{ \"date\": \"2025-08-01\" }");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        String newReference = json(registered).path("reference").asString();
        assertThat(newReference).isEqualTo("02/QĐ-UBND ngày 01/8/2025");
        assertThat(json(registered).path("replaces").path("reference").asString()).isEqualTo(inForce);
        JsonNode old = json(api.get("/api/v1/decisions/" + founding));
        assertThat(old.path("replacedBy").path("id").asLong()).isEqualTo(kienToan);
        assertThat(old.path("replacedBy").path("reference").asString()).isEqualTo(newReference);

        for (JsonNode team : json(api.get("/api/v1/communes/" + code + "/teams"))) {
            boolean village = team.path("level").asString().equals("village");
            assertThat(team.path("decisionId").asLong(-1)).isEqualTo(village ? kienToan : -1);
            assertThat(team.path("status").asString()).isEqualTo(village ? "reconstituted" : "proposed");
        }
        assertThat(json(api.get("/api/v1/communes/" + code + "/checks")).findValuesAsString("rule")).doesNotContain("reconstitution-due");
        String list = text(api.getBytes("/api/v1/communes/" + code + "/member-list.pdf?layout=2025").body()).replaceAll("\\s+", " ");
        assertThat(list).contains(newReference).doesNotContain(inForce);

        // The replaced decision cannot be replaced again by an old draft.
        HttpResponse<String> stale = api.send("POST", "/api/v1/communes/" + code + "/decisions", "{ \"kind\": \"village-teams\" }");
        assertThat(stale.statusCode()).isEqualTo(422);
        assertThat(stale.body()).contains(newReference);
    }
}
