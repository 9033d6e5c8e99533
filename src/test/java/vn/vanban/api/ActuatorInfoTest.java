package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operators ask the running service which build it is. */
// The same properties as RenderApiTest, so that both share one application context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.limits.max-body-bytes=200000", "vanban.limits.max-rows=400", "vanban.warm-up=false"})
class ActuatorInfoTest {

    @LocalServerPort
    int port;

    @Test
    void infoShowsTheBuildVersionAndTheJava() throws Exception {
        // Anonymous callers get the health only; which build runs is for signed-in operators.
        assertThat(ApiClient.anonymous(port).get("/actuator/info").statusCode()).isEqualTo(401);
        HttpResponse<String> r = new ApiClient(port).get("/actuator/info");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode info = JsonMapper.builder().build().readTree(r.body());
        assertThat(info.path("build").path("artifact").asString()).isEqualTo("vanban");
        assertThat(info.path("build").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("java").path("version").asString()).isEqualTo(System.getProperty("java.version"));
    }
}
