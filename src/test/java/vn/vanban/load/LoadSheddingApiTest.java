package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;
import vn.vanban.generation.DocumentService;

/**
 * The cap on renders over HTTP: two renders held inside the writer by a latch take both places, a third
 * waits in the one-place queue, and the next request, of an account or of a key, of the API or of a page,
 * is turned away at once with 503 and {@code Retry-After}; once the latch opens, the held ones finish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.load.max-concurrent-work=2", "vanban.load.max-queued-work=1",
                "vanban.load.max-queue-wait=60s", "vanban.load.retry-after=7s"})
class LoadSheddingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @MockitoSpyBean
    DocumentService documents;

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient admin;
    private String example;

    @BeforeEach
    void holdRenders() throws Exception {
        admin = new ApiClient(port);
        example = ApiClient.json(admin.get("/api/v1/templates/official-letter")).path("example").toString();
        doAnswer(call -> {
            assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            return call.callRealMethod();
        }).when(documents).render(anyString(), any(), any());
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    @Test
    void aFullQueueIsTurnedAwayWith503AndRetryAfterForAccountsKeysAndPages() throws Exception {
        String key = "Bearer " + ApiClient.json(admin.send("POST", "/api/v1/admin/keys",
                "{\"name\": \"cổng thử tải\", \"scope\": \"render\"}")).path("secret").asString();
        assertThat(admin.send("POST", "/api/v1/admin/users", "{\"username\": \"so.thu.tai\", \"password\": \"mat-khau-thu-tai\", "
                + "\"role\": \"province\", \"province\": \"38\", \"write\": true}").statusCode()).isEqualTo(201);

        List<CompletableFuture<HttpResponse<byte[]>>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(http.sendAsync(render(ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        waitFor("vanban.work.running", 2);
        waitFor("vanban.work.queued", 1);

        HttpResponse<String> account = http.send(render(ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBusy(account);
        HttpResponse<String> byKey = http.send(render(key).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertBusy(byKey);

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(admin.uri("/provinces/38/summary-letter"))
                .header("Authorization", ApiClient.basic("so.thu.tai", "mat-khau-thu-tai")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Hệ thống đang bận");

        assertThat(held).noneMatch(CompletableFuture::isDone);
        release.countDown();
        for (CompletableFuture<HttpResponse<byte[]>> one : held) {
            HttpResponse<byte[]> done = one.get(60, TimeUnit.SECONDS);
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(new String(done.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        waitFor("vanban.work.running", 0);
        assertThat(meters.get("vanban.render").tag("document", "official-letter").tag("format", "pdf").tag("outcome", "success")
                .timer().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.get("vanban.rejections").tag("type", "/problems/busy").tag("status", "503").counter().count())
                .isGreaterThanOrEqualTo(2);
    }

    private HttpRequest.Builder render(String authorization) {
        return HttpRequest.newBuilder(admin.uri("/api/v1/templates/official-letter/pdf"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(example, StandardCharsets.UTF_8));
    }

    private static void assertBusy(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(answer);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/busy");
        assertThat(problem.path("title").asString()).isEqualTo("Hệ thống đang bận");
        assertThat(problem.path("detail").asString()).contains("7 giây");
        assertThat(problem.path("requestId").asString()).isEqualTo(answer.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private void waitFor(String gauge, double value) throws InterruptedException {
        for (int i = 0; i < 600 && meters.get(gauge).gauge().value() != value; i++) {
            Thread.sleep(50);
        }
        assertThat(meters.get(gauge).gauge().value()).as(gauge).isEqualTo(value);
    }
}
