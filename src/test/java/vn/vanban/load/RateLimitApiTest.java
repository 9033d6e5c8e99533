package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;

/**
 * The per-caller rate limit over HTTP: an account and a key each get their allowance, and the request
 * beyond it is 429 with {@code Retry-After}, as a problem for the API and as the Vietnamese page for a
 * page; one caller's exhausted allowance does not touch another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.load.rate-limit.requests=3", "vanban.load.rate-limit.period=1h"})
class RateLimitApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAccountAndAKeyBeyondTheirAllowanceAre429WithRetryAfter() throws Exception {
        ApiClient admin = new ApiClient(port);
        // The admin's own allowance of three: one account and one key.
        assertThat(admin.send("POST", "/api/v1/admin/users", "{\"username\": \"canbo.nhanh\", \"password\": \"mat-khau-nhanh\", "
                + "\"role\": \"commune\", \"communes\": [\"28807\"]}").statusCode()).isEqualTo(201);
        String key = ApiClient.json(admin.send("POST", "/api/v1/admin/keys", "{\"name\": \"cổng nhanh\", \"scope\": \"render\"}"))
                .path("secret").asString();

        ApiClient clerk = new ApiClient(port, "canbo.nhanh", "mat-khau-nhanh");
        for (int i = 0; i < 3; i++) {
            assertThat(clerk.get("/api/v1/account").statusCode()).isEqualTo(200);
        }
        assertLimited(clerk.get("/api/v1/account"));
        HttpResponse<String> page = clerk.send(HttpRequest.newBuilder(clerk.uri("/communes/28807")).header("Accept", "text/html"),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("Quá nhiều yêu cầu");

        ApiClient byKey = ApiClient.anonymous(port);
        for (int i = 0; i < 3; i++) {
            assertThat(byKey.send("GET", "/api/v1/templates", null, "Authorization", "Bearer " + key).statusCode()).isEqualTo(200);
        }
        assertLimited(byKey.send("GET", "/api/v1/templates", null, "Authorization", "Bearer " + key));

        // The admin still has its third request.
        assertThat(admin.get("/api/v1/templates").statusCode()).isEqualTo(200);
        assertLimited(admin.get("/api/v1/templates"));
    }

    private static void assertLimited(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        // Three requests an hour: the next one comes back in about twenty minutes.
        assertThat(retryAfter).isBetween(60L, 3600L);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(answer);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asString()).contains("3 yêu cầu");
        assertThat(problem.path("requestId").asString()).isNotBlank();
    }
}
