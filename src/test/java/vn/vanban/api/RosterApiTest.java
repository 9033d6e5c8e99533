package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
class RosterApiTest {

    /** Giao Long: one ấp with a team of two, written with a decomposed name to see it stored as NFC. */
    static final String ROSTER = """
            {
              "profile": { "issuerName": "ỦY BAN NHÂN DÂN XÃ GIAO LONG", "issuerKind": "chair", "place": "Giao Long",
                           "chair": "Lê Thanh Phong", "legalBases": ["Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"],
                           "recipients": ["Sở Khoa học và Công nghệ"], "archive": "VT, VHXH" },
              "villages": [ { "key": "giao-hoa-a", "kind": "ấp", "name": "Giao Hòa A", "active": true },
                            { "kind": "ấp", "name": "Giao Hòa B", "active": true } ],
              "teams": [ { "level": "village", "name": "Tổ công nghệ số cộng đồng ấp Giao Hòa A", "villageKey": "giao-hoa-a",
                           "members": [
                             { "role": "leader", "position": "Trưởng ấp",
                               "person": { "fullName": "%s", "gender": "male", "phone": "0918 234 567", "zalo": true } },
                             { "role": "deputy", "position": "Công an viên", "person": null } ] } ]
            }
            """.formatted(Normalizer.normalize("Nguyễn Văn Tâm", Normalizer.Form.NFD));

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private HttpResponse<String> putRoster(String code, String body, String... headers) throws Exception {
        return api.send("PUT", "/api/v1/communes/" + code + "/roster", body, headers);
    }

    @Test
    void aPutRosterComesBackCleanedWithKeysPhonesAndAnEtag() throws Exception {
        HttpResponse<String> put = putRoster("28807", ROSTER);
        assertThat(put.statusCode()).isEqualTo(200);
        String etag = put.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> get = api.get("/api/v1/communes/28807/roster");
        assertThat(get.headers().firstValue("ETag")).contains(etag);
        JsonNode roster = json(get);
        assertThat(roster.path("communeCode").asString()).isEqualTo("28807");
        assertThat(roster.at("/villages/1/key").asString()).isEqualTo("ap-giao-hoa-b");
        JsonNode team = roster.at("/teams/0");
        assertThat(team.path("key").asString()).isEqualTo("to-cong-nghe-so-cong-dong-ap-giao-hoa-a");
        assertThat(team.path("status").asString()).isEqualTo("proposed");
        JsonNode leader = team.at("/members/0");
        assertThat(leader.path("role").asString()).isEqualTo("leader");
        assertThat(leader.at("/person/fullName").asString()).isEqualTo("Nguyễn Văn Tâm").matches(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
        assertThat(leader.at("/person/phone").asString()).isEqualTo("0918 234 567");
        assertThat(leader.at("/person/phoneE164").asString()).isEqualTo("+84918234567");
        assertThat(team.at("/members/1/person").isMissingNode() || team.at("/members/1/person").isNull()).isTrue();
        assertThat(team.at("/members/1/position").asString()).isEqualTo("Công an viên");
        assertThat(roster.at("/profile/legalBases/0").asString()).startsWith("Luật Tổ chức");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndNothingIsOverwritten() throws Exception {
        String first = putRoster("28807", ROSTER).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = putRoster("28807", ROSTER.replace("Giao Hòa B", "Giao Hòa C"), "If-Match", first);
        assertThat(second.statusCode()).isEqualTo(200);
        String current = second.headers().firstValue("ETag").orElseThrow();
        assertThat(current).isNotEqualTo(first);

        HttpResponse<String> stale = putRoster("28807", ROSTER.replace("Giao Hòa B", "Giao Hòa D"), "If-Match", first);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(stale).path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(stale.headers().firstValue("ETag")).contains(current);
        assertThat(json(api.get("/api/v1/communes/28807/roster")).at("/villages/1/name").asString()).isEqualTo("Giao Hòa C");
    }

    @Test
    void anInconsistentRosterIsRefusedWithEveryProblemAndNothingSaved() throws Exception {
        putRoster("21025", ROSTER);
        String bad = ROSTER.replace("\"villageKey\": \"giao-hoa-a\"", "\"villageKey\": \"khong-co\"")
                .replace("\"role\": \"deputy\", \"position\": \"Công an viên\"", "\"role\": \"deputy\", \"position\": \"\"")
                .replace("{ \"kind\": \"ấp\", \"name\": \"Giao Hòa B\"", "{ \"key\": \"giao-hoa-a\", \"kind\": \"ấp\", \"name\": \"Giao Hòa B\"");
        HttpResponse<String> r = putRoster("21025", bad);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problem = json(r);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-roster");
        assertThat(problem.path("errors").findValuesAsString("pointer"))
                .containsExactlyInAnyOrder("/villages/1/key", "/teams/0/villageKey", "/teams/0/members/1/position");
        assertThat(json(api.get("/api/v1/communes/21025/roster")).at("/villages/1/name").asString()).isEqualTo("Giao Hòa B");
    }

    @Test
    void aMisspeltFieldOrRoleIsA400WithItsPointer() throws Exception {
        HttpResponse<String> typo = putRoster("28807", ROSTER.replace("\"fullName\"", "\"fullname\""));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(json(typo).at("/errors/0/pointer").asString()).isEqualTo("/teams/0/members/0/person/fullname");
        HttpResponse<String> role = putRoster("28807", ROSTER.replace("\"role\": \"leader\"", "\"role\": \"boss\""));
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(json(role).at("/errors/0/pointer").asString()).isEqualTo("/teams/0/members/0/role");
        assertThat(json(role).at("/errors/0/detail").asString()).contains("leader, standing-deputy, deputy, member");
    }

    @Test
    void finerRoutesEditOnePartAndBumpTheSameVersion() throws Exception {
        String etag = putRoster("14797", ROSTER).headers().firstValue("ETag").orElseThrow();
        String base = "/api/v1/communes/14797";
        HttpResponse<String> team = api.send("POST", base + "/teams", """
                { "level": "village", "name": "Tổ công nghệ số cộng đồng ấp Giao Hòa B", "villageKey": "ap-giao-hoa-b", "members": [] }
                """, "If-Match", etag);
        assertThat(team.statusCode()).isEqualTo(201);
        String teamKey = json(team).path("key").asString();
        assertThat(team.headers().firstValue("Location")).contains(api.uri(base + "/teams/" + teamKey).getPath())
                .hasValueSatisfying(l -> assertThat(l).endsWith(base + "/teams/" + teamKey));
        String afterTeam = team.headers().firstValue("ETag").orElseThrow();
        assertThat(afterTeam).isNotEqualTo(etag);

        HttpResponse<String> member = api.send("POST", base + "/teams/" + teamKey + "/members", """
                { "role": "leader", "position": "Trưởng ấp", "person": { "fullName": "Huỳnh Văn Lực", "gender": "male", "phone": "0913556677" } }
                """, "If-Match", afterTeam);
        assertThat(member.statusCode()).isEqualTo(201);
        String memberKey = json(member).path("key").asString();
        assertThat(json(member).at("/person/phoneE164").asString()).isEqualTo("+84913556677");

        HttpResponse<String> staleEdit = api.send("PUT", base + "/teams/" + teamKey + "/members/" + memberKey,
                "{ \"role\": \"deputy\" , \"position\": \"Trưởng ấp\" }", "If-Match", afterTeam);
        assertThat(staleEdit.statusCode()).isEqualTo(412);
        HttpResponse<String> edit = api.send("PUT", base + "/teams/" + teamKey + "/members/" + memberKey,
                "{ \"role\": \"deputy\", \"position\": \"Trưởng ấp\" }", "If-Match", member.headers().firstValue("ETag").orElseThrow());
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(json(edit).path("role").asString()).isEqualTo("deputy");

        assertThat(api.send("DELETE", base + "/teams/" + teamKey + "/members/nobody", null).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", base + "/teams/" + teamKey + "/members/" + memberKey, null).statusCode()).isEqualTo(204);
        assertThat(json(api.get(base + "/teams/" + teamKey)).path("members").size()).isZero();
        assertThat(api.send("DELETE", base + "/villages/ap-giao-hoa-b", null).statusCode())
                .as("a village whose team still exists cannot go").isEqualTo(422);
        assertThat(api.send("DELETE", base + "/teams/" + teamKey, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", base + "/villages/ap-giao-hoa-b", null).statusCode()).isEqualTo(204);
        assertThat(json(api.get(base + "/villages")).size()).isEqualTo(1);
    }

    /** Lists and the spreadsheet round trip tell teams apart by name: a second team of that name is refused. */
    @Test
    void aSecondTeamUnderTheSameNameIsRefusedAtItsNameAndTheListsStillPrint() throws Exception {
        String etag = putRoster("14797", ROSTER).headers().firstValue("ETag").orElseThrow();
        String base = "/api/v1/communes/14797";
        HttpResponse<String> same = api.send("POST", base + "/teams", """
                { "level": "village", "name": "  tổ công nghệ số cộng đồng   ấp Giao Hòa A", "villageKey": "ap-giao-hoa-b", "members": [] }
                """, "If-Match", etag);
        assertThat(same.statusCode()).isEqualTo(422);
        assertThat(json(same).path("type").asString()).isEqualTo("/problems/invalid-roster");
        assertThat(json(same).at("/errors/0/pointer").asString()).isEqualTo("/teams/1/name");
        assertThat(json(same).at("/errors/0/detail").asString()).contains("trùng với tổ ở /teams/0");

        HttpResponse<String> other = api.send("POST", base + "/teams", """
                { "level": "village", "name": "Tổ công nghệ số cộng đồng ấp Giao Hòa B", "villageKey": "ap-giao-hoa-b", "members": [] }
                """, "If-Match", etag);
        assertThat(other.statusCode()).isEqualTo(201);
        for (String path : List.of("/member-list.pdf", "/member-list.docx", "/member-list.xlsx", "/roster.xlsx", "/roster.csv")) {
            assertThat(api.get(base + path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void checksOfTheStoredRosterSayWhatIsMissingAndWhere() throws Exception {
        putRoster("00004", ROSTER);
        JsonNode checks = json(api.get("/api/v1/communes/00004/checks"));
        assertThat(checks.path("minMembers").asInt()).isEqualTo(5);
        JsonNode findings = checks.path("findings");
        assertThat(findings.findValuesAsString("rule"))
                .contains("team-size", "village-without-team")
                .doesNotContain("one-leader", "phone", "legacy-encoding", "decomposed-text");
        assertThat(checks.path("errors").asInt()).isZero();
        for (JsonNode f : findings) {
            if (f.path("rule").asString().equals("village-without-team")) {
                assertThat(f.path("pointer").asString()).isEqualTo("/villages/1");
                assertThat(f.path("message").asString()).contains("Giao Hòa B");
            }
        }
        String twoLeaders = ROSTER.replace("\"role\": \"deputy\"", "\"role\": \"leader\"")
                .replace("0918 234 567", "0123");
        putRoster("00004", twoLeaders);
        JsonNode again = json(api.get("/api/v1/communes/00004/checks"));
        assertThat(again.path("errors").asInt()).isEqualTo(1);
        assertThat(again.path("findings").findValuesAsString("pointer")).contains("/teams/0/members", "/teams/0/members/0/person/phone");
    }

    @Test
    void anUnknownCommuneIsA404Problem() throws Exception {
        HttpResponse<String> r = api.get("/api/v1/communes/99999/roster");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("type").asString()).isEqualTo("/problems/unknown-administrative-unit");
    }
}
