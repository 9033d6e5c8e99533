package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Classes of hostile or clumsy input, each answered with a precise 4xx problem in Vietnamese, never a 500
 * and never internals: Spring's own errors, characters no document can carry, numbers out of range, texts
 * longer than their column, malformed If-Match, too many teams for one ZIP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class HostileInputsApiTest {

    /** Communes no other test class writes to. */
    private static final String COMMUNE = "06073";
    private static final String VILLAGES = "/api/v1/communes/" + COMMUNE + "/villages";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One of each kind of refused character, as JSON escapes. */
    private static final List<String> REFUSED = List.of("\\u0000", "\\u0001", "\\u0008", "\\u000b", "\\u001f", "\\u007f",
            "\\u0085", "\\ufffe", "\\uffff", "\\ufdd0", "\\ud800", "\\udfff", "\\ud83f\\udffe", "\\udbff\\udfff");

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(r);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("title").asString()).matches(".*[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựịỉĩíìọỏõóòụủũúùỳýỷỹỵ].*");
        assertThat(r.body()).doesNotContainIgnoringCase("exception").doesNotContain("java.").doesNotContain("jackson")
                .doesNotContain("Unexpected character").doesNotContain("at [Source").doesNotContain("\tat ");
    }

    private static List<String> pointers(HttpResponse<String> r) {
        return json(r).path("errors").findValuesAsString("pointer");
    }

    @Test
    void springsOwnErrorsAreOurProblems() throws Exception {
        assertProblem(api.get("/api/v1/no-such-route"), 404, "/problems/unknown-route");
        assertProblem(api.get("/error"), 404, "/problems/unknown-route");
        assertProblem(api.send("DELETE", "/api/v1/templates", null), 405, "/problems/method-not-allowed");
        assertProblem(api.send(HttpRequest.newBuilder(api.uri("/api/v1/templates/official-letter/pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=1")), HttpResponse.BodyHandlers.ofString()), 415,
                "/problems/unsupported-media-type");
        assertProblem(api.send(HttpRequest.newBuilder(api.uri("/api/v1/templates")).header("Accept", "image/png").GET(),
                HttpResponse.BodyHandlers.ofString()), 406, "/problems/not-acceptable");
        for (String path : List.of("/api/v1/decisions/abc", "/api/v1/decisions/99999999999999999999",
                "/api/v1/provinces/51/summary?asOf=2025-13-45", "/api/v1/provinces/51/summary?asOf=%00")) {
            HttpResponse<String> r = api.get(path);
            assertProblem(r, 400, "/problems/invalid-parameter");
            assertThat(json(r).path("parameter").asString()).isNotBlank();
        }
    }

    @Test
    void malformedJsonNamesThePlaceButNotTheParser() throws Exception {
        for (String body : List.of("{bad", "{\"subject\": \"x\",}", "[1, 2", "\"\\uZZZZ\"", "{\"a\": 01}", "\u0000")) {
            HttpResponse<String> r = api.send("POST", "/api/v1/templates/official-letter/pdf", body);
            assertProblem(r, 400, "/problems/invalid-data");
            assertThat(json(r).at("/errors/0/detail").asString()).startsWith("Dữ liệu không phải JSON hợp lệ");
        }
    }

    @Test
    void refusedCharactersAre422AtTheirPointerInEveryKindOfBody() throws Exception {
        for (String c : REFUSED) {
            HttpResponse<String> village = api.send("POST", VILLAGES, "{\"kind\": \"thôn\", \"name\": \"Đông" + c + "\"}");
            assertProblem(village, 422, "/problems/invalid-characters");
            assertThat(pointers(village)).as(c).containsExactly("/name");

            HttpResponse<String> roster = api.send("PUT", "/api/v1/communes/" + COMMUNE + "/roster",
                    RosterApiTest.ROSTER.replace("\"Trưởng ấp\"", "\"Trưởng" + c + " ấp\""));
            assertProblem(roster, 422, "/problems/invalid-characters");
            assertThat(pointers(roster)).as(c).containsExactly("/teams/0/members/0/position");

            ObjectNode letter = example("official-letter");
            ((ArrayNode) letter.get("recipients")).set(1, letter.stringNode("x"));
            String data = letter.toString().replace("\"x\"", "\"Sở" + c + "\"");
            for (String format : List.of("pdf", "docx")) {
                HttpResponse<String> render = api.send("POST", "/api/v1/templates/official-letter/" + format, data);
                assertProblem(render, 422, "/problems/invalid-characters");
                assertThat(pointers(render)).as(c).containsExactly("/recipients/1");
            }
            HttpResponse<String> check = api.send("POST", "/api/v1/roster-checks", "{\"villages\": [{\"name\": \"a" + c + "\"}]}");
            assertProblem(check, 422, "/problems/invalid-characters");
            HttpResponse<String> key = api.send("POST", "/api/v1/admin/keys", "{\"name\": \"k" + c + "\", \"scope\": \"all\"}");
            assertProblem(key, 422, "/problems/invalid-characters");
            assertThat(pointers(key)).containsExactly("/name");
        }
        HttpResponse<String> inName = api.send("POST", VILLAGES, "{\"kind\": \"thôn\", \"name\": \"Đông\", \"a\\u0000\": 1}");
        assertProblem(inName, 422, "/problems/invalid-characters");
    }

    @Test
    void tabsAndNewLinesAreWhiteSpaceAndDecomposedTextIsComposed() throws Exception {
        HttpResponse<String> r = api.send("POST", VILLAGES, "{\"kind\": \"thôn\", \"name\": \"Ta\\u0300y\\tMi\\u0303\\r\\nX\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).path("name").asString()).isEqualTo("Tày Mĩ X");
    }

    @Test
    void numbersOutOfRangeOrNotWholeAre400AtTheirPointer() throws Exception {
        for (String value : List.of("1e19", "2147483648", "-1", "1.5", "100000", "9223372036854775808", "\"7\"")) {
            ObjectNode letter = example("official-letter");
            letter.set("number", JSON.readTree(value));
            String data = letter.toString();
            for (String format : List.of("pdf", "docx")) {
                HttpResponse<String> r = api.send("POST", "/api/v1/templates/official-letter/" + format, data);
                assertProblem(r, 400, "/problems/invalid-data");
                assertThat(pointers(r)).as(value).contains("/number");
            }
        }
        for (String year : List.of("1e19", "2147483648", "-1", "1.5", "99999")) {
            ObjectNode letter = example("official-letter");
            letter.set("year", JSON.readTree(year));
            HttpResponse<String> r = api.send("POST", "/api/v1/templates/official-letter/pdf", letter.toString());
            assertProblem(r, 400, "/problems/invalid-data");
            assertThat(pointers(r)).as(year).contains("/year");
        }
        for (String version : List.of("1e19", "9223372036854775808", "1.5", "\"x\"")) {
            HttpResponse<String> r = api.send("PUT", "/api/v1/communes/" + COMMUNE + "/roster", "{\"version\": " + version + "}");
            assertProblem(r, 400, "/problems/invalid-data");
            assertThat(pointers(r)).containsExactly("/version");
        }
    }

    @Test
    void aTextLongerThanItsColumnIs4xxAtTheField() throws Exception {
        Map<String, String> tooLong = Map.of("\"Trưởng ấp\"", "/teams/0/members/0/position",
                "\"0918 234 567\"", "/teams/0/members/0/person/phone",
                "\"Giao Hòa B\"", "/villages/1/name", "\"VT, VHXH\"", "/profile/archive");
        for (Map.Entry<String, String> field : tooLong.entrySet()) {
            HttpResponse<String> r = api.send("PUT", "/api/v1/communes/" + COMMUNE + "/roster",
                    RosterApiTest.ROSTER.replace(field.getKey(), "\"" + "Ấp ".repeat(400) + "\""));
            assertProblem(r, 422, "/problems/invalid-roster");
            assertThat(pointers(r)).containsExactly(field.getValue());
        }
        for (Map.Entry<String, Integer> field : Map.of("/subject", 1001, "/issuer/name", 201, "/symbol", 41,
                "/signer/fullName", 101).entrySet()) {
            ObjectNode letter = example("official-letter");
            String[] path = field.getKey().substring(1).split("/");
            ObjectNode parent = path.length == 1 ? letter : (ObjectNode) letter.get(path[0]);
            parent.put(path[path.length - 1], "Ấ".repeat(field.getValue()));
            HttpResponse<String> r = api.send("POST", "/api/v1/templates/official-letter/pdf", letter.toString());
            assertProblem(r, 400, "/problems/invalid-data");
            assertThat(pointers(r)).containsExactly(field.getKey());
        }
    }

    @Test
    void aMisspeltFieldOfTemplateDataIsRefusedAnywhereInIt() throws Exception {
        for (String template : List.of("official-letter", "commune-team-decision", "village-teams-decision",
                "member-list", "summary-letter")) {
            ObjectNode data = example(template);
            data.put("maskPhone", true);
            HttpResponse<String> r = api.send("POST", "/api/v1/templates/" + template + "/pdf", data.toString());
            assertProblem(r, 400, "/problems/invalid-data");
            ObjectNode nested = example(template);
            if (nested.get("signer") instanceof ObjectNode signer) {
                signer.put("fulName", "x");
                HttpResponse<String> misspelt = api.send("POST", "/api/v1/templates/" + template + "/docx", nested.toString());
                assertProblem(misspelt, 400, "/problems/invalid-data");
                assertThat(pointers(misspelt)).contains("/signer");
            }
        }
    }

    @Test
    void aMalformedIfMatchIs400AndAWeakOrUnknownTagIs412() throws Exception {
        for (String header : List.of(",", "W/", "garbage", "\"1\" \"2\"", "*, \"1\"", "\"1", "W/\"")) {
            HttpResponse<String> r = api.send("POST", VILLAGES, "{\"kind\": \"thôn\", \"name\": \"Bắc\"}", "If-Match", header);
            assertProblem(r, 400, "/problems/invalid-header");
            assertThat(json(r).path("header").asString()).isEqualTo("If-Match");
        }
        HttpResponse<String> current = api.get(VILLAGES);
        String etag = current.headers().firstValue("ETag").orElse("\"0\"");
        for (String header : List.of("W/" + etag, "\"not-ours\"", "\"1\", \"2\"")) {
            HttpResponse<String> r = api.send("POST", VILLAGES, "{\"kind\": \"thôn\", \"name\": \"Nam\"}", "If-Match", header);
            assertProblem(r, 412, "/problems/stale-version");
        }
    }

    @Test
    void moreTeamsThanOneZipMayHoldIs413AtTheList() throws Exception {
        ObjectNode data = example("village-teams-decision");
        ArrayNode teams = (ArrayNode) data.get("teams");
        JsonNode first = teams.get(0);
        while (teams.size() <= 300) {
            teams.add(first.deepCopy());
        }
        HttpResponse<String> r = api.send("POST", "/api/v1/templates/village-teams-decision/pdf?each=team", data.toString());
        assertProblem(r, 413, "/problems/too-large");
        assertThat(pointers(r)).containsExactly("/teams");
    }

    @Test
    void anAccountWithMoreCommunesThanItsColumnHoldsIs422AtTheList() throws Exception {
        ArrayNode codes = JSON.createArrayNode();
        for (JsonNode province : json(api.get("/api/v1/provinces"))) {
            for (JsonNode commune : json(api.get("/api/v1/provinces/" + province.path("code").asString() + "/communes"))) {
                if (codes.size() < 334) {
                    codes.add(commune.path("code").asString());
                }
            }
        }
        ObjectNode user = JSON.createObjectNode().put("username", "nhieu.xa").put("password", "mat-khau-du-dai-123")
                .put("role", "commune");
        user.set("communes", codes);
        HttpResponse<String> r = api.send("POST", "/api/v1/admin/users", user.toString());
        assertProblem(r, 422, "/problems/invalid-account");
        assertThat(r.body()).contains("/communes");
    }

    private ObjectNode example(String template) throws Exception {
        return (ObjectNode) json(api.get("/api/v1/templates/" + template)).get("example");
    }
}
