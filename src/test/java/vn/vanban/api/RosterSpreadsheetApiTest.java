package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.io.ByteArrayInputStream;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Spreadsheets through HTTP, on Điện Biên province communes no other test uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
@ExtendWith(OutputCaptureExtension.class)
class RosterSpreadsheetApiTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> upload(String path, byte[] file, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Content-Type", file.length > 1 && file[0] == 'P' && file[1] == 'K'
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return api.send(b, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExportImportedBackChangesNothingInEitherLayoutAndAnEditedOneShowsItsDiffFirst() throws Exception {
        String roster = RosterJson.roster(2, "ỦY BAN NHÂN DÂN PHƯỜNG ĐIỆN BIÊN PHỦ");
        HttpResponse<String> put = api.send("PUT", "/api/v1/communes/03127/roster", roster);
        String etag = put.headers().firstValue("ETag").orElseThrow();
        for (String layout : new String[] {"2022", "2025"}) {
            HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/communes/03127/roster.xlsx?layout=" + layout);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            HttpResponse<String> back = upload("/api/v1/communes/03127/roster/import?dryRun=false", xlsx.body(), "If-Match", etag);
            assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
            JsonNode result = json(back);
            assertThat(result.path("layout").asString()).isEqualTo(layout.equals("2022") ? "FORM_2022" : "FORM_2025");
            assertThat(result.at("/diff/added").size() + result.at("/diff/changed").size() + result.at("/diff/removed").size()).isZero();
            assertThat(back.headers().firstValue("ETag")).contains(etag);
        }
        String after = api.get("/api/v1/communes/03127/roster").body().replaceAll("\"updatedAt\":\"[^\"]*\"", "");
        assertThat(after).isEqualTo(put.body().replaceAll("\"updatedAt\":\"[^\"]*\"", ""));

        String csv = new String(api.getBytes("/api/v1/communes/03127/roster.csv?layout=2022").body(), StandardCharsets.UTF_8);
        String edited = csv.replace("Nguyễn Văn Mai 1", "Nguyễn Văn Mây 1").lines()
                .filter(line -> !line.contains("Nguyễn Văn Lan 2")).reduce("", (a, b) -> a + b + "\r\n");
        HttpResponse<String> dry = upload("/api/v1/communes/03127/roster/import", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        JsonNode diff = json(dry).path("diff");
        assertThat(json(dry).path("dryRun").asBoolean()).isTrue();
        assertThat(diff.path("removed").findValuesAsString("member")).containsExactlyInAnyOrder("Nguyễn Văn Mai 1", "Nguyễn Văn Lan 2");
        assertThat(diff.path("added").findValuesAsString("member")).containsExactly("Nguyễn Văn Mây 1");
        assertThat(api.get("/api/v1/communes/03127/roster").body()).contains("Nguyễn Văn Lan 2");
    }

    @Test
    void aMalformedFileNamesRowAndColumnAndImportsNothing() throws Exception {
        api.send("PUT", "/api/v1/communes/03151/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY"));
        String before = api.get("/api/v1/communes/03151/roster").body();
        String csv = "\uFEFFTT,Tên xã, phường,Tên Tổ công nghệ số cộng đồng,Họ tên,Chức vụ,Điện thoại di động (đã đăng ký Zalo)\r\n"
                .replace("Tên xã, phường", "\"Tên xã, phường\"")
                + "1,UBND phường Mường Lay,Tổ công nghệ số cộng đồng ấp Giao Hòa 1,Lò Văn Sáng,Tổ trưởng,0977001122\r\n"
                + ",,,Hà Thị Nguyệt,Tổ phôs,0977334455\r\n"
                + ",,,,Tổ viên,\r\n";
        HttpResponse<String> r = upload("/api/v1/communes/03151/roster/import?dryRun=false", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode problem = json(r);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-spreadsheet");
        assertThat(problem.path("errors").findValuesAsString("column")).contains("E", "D");
        assertThat(problem.path("errors").findValues("row").stream().map(JsonNode::asInt).toList()).contains(3, 4);
        assertThat(problem.path("errors").findValuesAsString("detail")).anySatisfy(d -> assertThat(d).contains("Tổ phôs"));
        assertThat(api.get("/api/v1/communes/03151/roster").body()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "application/json", "multipart/form-data; boundary=x",
        "application/octet-stream"})
    void aFileSentAsAnotherMediaTypeIs415AndItsBytesNeverReachTheLog(String contentType, CapturedOutput log) throws Exception {
        api.send("PUT", "/api/v1/communes/03160/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÉ"));
        String marker = "SECRET-ROW-" + UUID.randomUUID();
        byte[] xlsx = api.getBytes("/api/v1/communes/03160/roster.xlsx").body();
        String body = "Tên Tổ,Họ tên,Chức vụ\r\nTổ 1," + marker + ",Tổ viên\r\n";
        byte[] sent = ByteBuffer.allocate(xlsx.length + body.length() * 3).put(xlsx).put(body.getBytes(StandardCharsets.UTF_8)).array();
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri("/api/v1/communes/03160/roster/import?dryRun=false"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)).header("Content-Type", contentType);

        HttpResponse<String> r = api.send(b, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.path("status").asInt()).isEqualTo(415);
        assertThat(r.body()).doesNotContain(marker);
        assertThat(log.getAll()).doesNotContain(marker);
        assertThat(api.get("/api/v1/communes/03160/roster").body()).doesNotContain(marker);
    }

    /** A file that would cost more than any list is refused quickly, naming the limit, and changes nothing. */
    @Test
    void aFileCostingMoreThanAnyListIs413NamingTheLimit() throws Exception {
        api.send("PUT", "/api/v1/communes/03164/roster", RosterJson.roster(1, "ỦY BAN NHÂN DÂN XÃ QUẢNG LÂM"));
        String before = api.get("/api/v1/communes/03164/roster").body();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            String rels = "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
            String workbook = "<workbook xmlns:r=\"urn:r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
            String workbookRels = "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
            for (String[] part : new String[][] {{"_rels/.rels", rels}, {"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", workbookRels}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            // A sheet of 100 MB of blanks: a few hundred kilobytes zipped.
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] commas = ("Tên Tổ,Họ tên,Chức vụ\r\nTổ 1,An,Tổ viên" + ",".repeat(1_000_000) + "\r\n").getBytes(StandardCharsets.UTF_8);

        for (byte[] file : List.of(bomb.toByteArray(), commas)) {
            HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> upload("/api/v1/communes/03164/roster/import?dryRun=false", file));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json(r);
            assertThat(problem.path("type").asString()).isEqualTo("/problems/too-large");
            assertThat(problem.path("limit").asString()).startsWith("vanban.limits.spreadsheet.");
            assertThat(problem.path("detail").asString()).containsPattern("\\p{InLatin_Extended_Additional}");
        }
        assertThat(api.get("/api/v1/communes/03164/roster").body()).isEqualTo(before);
    }

    @Test
    void aVniWindowsCsvIsImportedAsUnicode() throws Exception {
        api.send("PUT", "/api/v1/communes/03158/roster", "{ \"villages\": [ { \"kind\": \"ấp\", \"name\": \"Giao Hòa A\", \"active\": true } ] }");
        String csv = "TT;Teân xaõ, phöôøng;Teân Toå coâng ngheä soá coäng ñoàng;Hoï teân;Chöùc vuï;"
                + "Ñieän thoaïi di ñoäng (ñaõ ñaêng kyù Zalo)\r\n"
                + "1;UBND xaõ Sín Thaàu;Toå aáp Giao Hoøa A;Nguyeãn Vaên Taâm;Toå tröôûng;918234567\r\n"
                + ";;;Leâ Thò Höông;Toå phoù;0914994456\r\n";
        HttpResponse<String> r = upload("/api/v1/communes/03158/roster/import?dryRun=false", csv.getBytes(Charset.forName("windows-1252")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode team = json(api.get("/api/v1/communes/03158/roster")).at("/teams/0");
        assertThat(team.path("name").asString()).isEqualTo("Tổ ấp Giao Hòa A");
        assertThat(team.path("villageKey").asString()).isEqualTo("ap-giao-hoa-a");
        assertThat(team.path("members").findValuesAsString("fullName")).containsExactly("Nguyễn Văn Tâm", "Lê Thị Hương");
        assertThat(team.at("/members/0/person/phoneE164").asString()).isEqualTo("+84918234567");
    }

    /**
     * A roster with every kind of entry: the commune team (under a name that does not say "xã"), village
     * teams, a team nobody sits in yet, seats named by position only, "Mời" entries, an entry standing for
     * a group, phones in several spellings, notes, long names, and a value a spreadsheet would take for a
     * formula.
     */
    static String everyKindOfEntry() {
        String longName = "Nguyễn Thị " + "Hoàng Phương ".repeat(6) + "Anh";
        return """
                { "profile": { "issuerName": "ỦY BAN NHÂN DÂN XÃ NẬM KÈ", "issuerKind": "chair", "place": "Nậm Kè", "chair": "Lò Văn Sáng" },
                  "villages": [ { "key": "ban-1", "kind": "bản", "name": "Nậm Kè 1", "active": true },
                                { "key": "ban-2", "kind": "bản", "name": "Nậm Kè 2", "active": true } ],
                  "teams": [
                    { "key": "to-xa", "level": "commune", "name": "Tổ công nghệ số cộng đồng", "shortName": "Tổ CNSCĐ",
                      "members": [
                        { "key": "ct", "role": "leader", "position": "Chủ tịch Ủy ban nhân dân xã", "organisation": "UBND" },
                        { "key": "pct", "role": "standing-deputy", "position": "Phó Chủ tịch Ủy ban nhân dân xã",
                          "person": { "fullName": "Lò Thị Hoa", "gender": "female", "phone": "0912 345 678" } },
                        { "key": "ca", "role": "deputy", "position": "Trưởng Công an xã", "organisation": "Công an" },
                        { "key": "mttq", "role": "member", "invited": true, "position": "Chủ tịch Ủy ban MTTQ Việt Nam xã",
                          "organisation": "MTTQ", "person": { "fullName": "Giàng A Páo", "gender": "male", "phone": "+84 977 001 122", "note": "Mời" } },
                        { "key": "doan", "role": "member", "invited": true, "position": "Bí thư Đoàn xã", "organisation": "Đoàn TN" },
                        { "key": "nhom", "role": "member", "group": true,
                          "position": "Các đồng chí là Trưởng bản các bản trên địa bàn xã" },
                        { "key": "dai", "role": "member", "person": { "fullName": "%s", "phone": "0977334455", "note": "=HYPERLINK(\\"http://x\\",\\"y\\")" } }
                      ] },
                    { "key": "to-ban-1", "level": "village", "name": "Tổ công nghệ số cộng đồng bản Nậm Kè 1", "villageKey": "ban-1",
                      "members": [
                        { "key": "b1-tt", "role": "leader", "position": "Trưởng bản", "person": { "fullName": "Lò Văn Pánh", "phone": "0388 111 222" } },
                        { "key": "b1-tp", "role": "deputy", "position": "Bí thư chi đoàn" },
                        { "key": "b1-tv", "role": "member", "person": { "fullName": "Quàng Thị Ín", "note": "Đoàn viên" } }
                      ] },
                    { "key": "to-ban-2", "level": "village", "name": "Tổ công nghệ số cộng đồng bản Nậm Kè 2", "villageKey": "ban-2",
                      "members": [] }
                  ] }
                """.formatted(longName);
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"updatedAt\":\"[^\"]*\",?", "");
    }

    @ParameterizedTest(name = "{0}, layout {1}")
    @CsvSource({"xlsx, 2025", "xlsx, 2022", "csv, 2025", "csv, 2022"})
    void anExportImportedBackKeepsTheRosterAndItsETag(String format, String layout) throws Exception {
        String code = "03162";
        HttpResponse<String> put = api.send("PUT", "/api/v1/communes/" + code + "/roster", everyKindOfEntry());
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        String etag = put.headers().firstValue("ETag").orElseThrow();
        String before = withoutTimes(api.get("/api/v1/communes/" + code + "/roster").body());

        HttpResponse<byte[]> file = api.getBytes("/api/v1/communes/" + code + "/roster." + format + "?layout=" + layout);
        assertThat(file.statusCode()).isEqualTo(200);
        HttpResponse<String> back = upload("/api/v1/communes/" + code + "/roster/import?dryRun=false", file.body(), "If-Match", etag);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"added\":[]").contains("\"changed\":[]").contains("\"removed\":[]");
        assertThat(back.headers().firstValue("ETag")).contains(etag);
        assertThat(withoutTimes(api.get("/api/v1/communes/" + code + "/roster").body())).isEqualTo(before);
    }

    /**
     * The workbook's hidden sheet brings every entry back into a roster that lost its teams: the same teams
     * as JSON, keys and kinds included. A CSV cannot carry them (it has no hidden place): the README says so.
     */
    @ParameterizedTest(name = "layout {0}")
    @CsvSource({"2025", "2022"})
    void anExportedWorkbookRestoresTheTeamsOfARosterThatLostThem(String layout) throws Exception {
        String code = "03163";
        String roster = everyKindOfEntry().replace("NẬM KÈ", "MƯỜNG TOONG").replace("Nậm Kè\",", "Mường Toong\",");
        HttpResponse<String> put = api.send("PUT", "/api/v1/communes/" + code + "/roster", roster);
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        String teams = teams(api.get("/api/v1/communes/" + code + "/roster").body());
        byte[] xlsx = api.getBytes("/api/v1/communes/" + code + "/roster.xlsx?layout=" + layout).body();

        String emptied = roster.substring(0, roster.indexOf("\"teams\"")) + "\"teams\": [] }";
        HttpResponse<String> cleared = api.send("PUT", "/api/v1/communes/" + code + "/roster", emptied,
                "If-Match", put.headers().firstValue("ETag").orElseThrow());
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        HttpResponse<String> back = upload("/api/v1/communes/" + code + "/roster/import?dryRun=false", xlsx,
                "If-Match", cleared.headers().firstValue("ETag").orElseThrow());

        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(teams(api.get("/api/v1/communes/" + code + "/roster").body())).isEqualTo(teams);
    }

    /**
     * A village merged into another goes out in the workbook and comes back: into the roster after someone
     * undid the merge, the import makes it again (a change the diff names); a workbook whose hidden sheet
     * merges it into a village the commune does not have is a 422 at that row and column, and the roster
     * stays as it was.
     */
    @Test
    void aVillagesMergeGoesOutInTheWorkbookAndComesBack() throws Exception {
        String code = "03166";
        String active = everyKindOfEntry().replace("NẬM KÈ", "MƯỜNG CHÀ").replace("Nậm Kè\",", "Mường Chà\",");
        String merged = active.replace("{ \"key\": \"ban-2\", \"kind\": \"bản\", \"name\": \"Nậm Kè 2\", \"active\": true }",
                "{ \"key\": \"ban-2\", \"kind\": \"bản\", \"name\": \"Nậm Kè 2\", \"active\": false, \"mergedInto\": \"ban-1\" }");
        assertThat(merged).isNotEqualTo(active);
        HttpResponse<String> put = api.send("PUT", "/api/v1/communes/" + code + "/roster", merged);
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        byte[] xlsx = api.getBytes("/api/v1/communes/" + code + "/roster.xlsx?layout=2025").body();

        HttpResponse<String> undone = api.send("PUT", "/api/v1/communes/" + code + "/roster", active);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        HttpResponse<String> back = upload("/api/v1/communes/" + code + "/roster/import?dryRun=false", xlsx);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        JsonNode changed = json(back).at("/diff/changed");
        assertThat(changed.findValuesAsString("kind")).containsExactly("VILLAGE");
        assertThat(changed.findValuesAsString("team")).containsExactly("bản Nậm Kè 2");
        assertThat(changed.findValuesAsString("after")).containsExactly("Sáp nhập vào bản Nậm Kè 1");
        JsonNode village = json(api.get("/api/v1/communes/" + code + "/roster")).at("/villages/1");
        assertThat(village.path("mergedInto").asString()).isEqualTo("ban-1");
        assertThat(village.path("active").asBoolean()).isFalse();

        String before = api.get("/api/v1/communes/" + code + "/roster").body();
        byte[] unknown = withPart(xlsx, "xl/worksheets/vanban.xml", x -> x.replace(">ban-1</t></is></c></row>", ">ban-9</t></is></c></row>"));
        HttpResponse<String> refused = upload("/api/v1/communes/" + code + "/roster/import?dryRun=false", unknown);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-spreadsheet");
        assertThat(problem.path("errors").findValuesAsString("column")).containsExactly("W");
        assertThat(problem.path("errors").findValuesAsString("detail")).singleElement().asString()
                .contains("bản Nậm Kè 2").contains("ban-9");
        assertThat(api.get("/api/v1/communes/" + code + "/roster").body()).isEqualTo(before);
    }

    /** {@code xlsx} with one part's text changed. */
    private static byte[] withPart(byte[] xlsx, String part, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(part) ? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String teams(String rosterJson) {
        return withoutTimes(rosterJson.substring(rosterJson.indexOf("\"teams\"")));
    }
}
