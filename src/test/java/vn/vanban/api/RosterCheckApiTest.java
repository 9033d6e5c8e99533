package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.roster.min-members-by-province.86=7"})
class RosterCheckApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ApiClient http = ApiClient.admin();

    @LocalServerPort
    int port;

    private JsonNode post(String body, int expectedStatus) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/roster-checks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(expectedStatus);
        return JSON.readTree(r.body());
    }

    @Test
    void theProvinceThresholdAppliesAndEveryFindingSaysWhere() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(Files.readString(Path.of("templates/village-teams-decision/example.json")));
        ((ObjectNode) data.at("/teams/2/members/0")).put("role", "member");
        JsonNode findings = post(data.toString(), 200);
        assertThat(findings.findValuesAsString("rule")).contains("team-size", "one-leader");
        for (JsonNode f : findings) {
            assertThat(f.path("pointer").asString()).startsWith("/");
            assertThat(f.path("message").asString()).isNotBlank();
        }
        JsonNode leader = null;
        for (JsonNode f : findings) {
            if (f.path("rule").asString().equals("one-leader")) {
                leader = f;
            }
        }
        assertThat(leader.path("severity").asString()).isEqualTo("ERROR");
        assertThat(leader.path("pointer").asString()).isEqualTo("/teams/2/members");
        assertThat(findings.get(0).path("message").asString()).contains("ít hơn mức tối thiểu 7");
    }

    @Test
    void malformedJsonIsAProblem() throws Exception {
        JsonNode problem = post("{\"teams\": [", 400);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-data");
    }
}
