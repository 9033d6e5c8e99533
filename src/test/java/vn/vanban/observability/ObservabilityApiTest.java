package vn.vanban.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;

/**
 * The operators' view over HTTP: the request id in the answer's header, in every problem (of the API's
 * handler and of the filter chain alike) and in the log lines of the request; the Prometheus scrape for
 * admins only, with the render times per template and format and the rejections by problem type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.warm-up=false")
@Import(ObservabilityApiTest.Logging.class)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityApiTest {

    @LocalServerPort
    int port;

    /** A route of this test only, that logs a line while it serves a request. */
    @RestController
    static class Logging {
        private static final Logger LOG = LoggerFactory.getLogger(Logging.class);

        @GetMapping("/api/v1/observability-test/log")
        String log() {
            LOG.info("một dòng nhật ký trong yêu cầu");
            return "ok";
        }
    }

    @Test
    void everyAnswerCarriesItsRequestIdAndEveryProblemToo() throws Exception {
        ApiClient admin = new ApiClient(port);
        HttpResponse<String> kept = admin.send("GET", "/api/v1/templates/no-such-template", null, "X-Request-Id", "lb-7:abc.123");
        assertThat(kept.statusCode()).isEqualTo(404);
        assertThat(kept.headers().firstValue("X-Request-Id")).hasValue("lb-7:abc.123");
        assertThat(ApiClient.json(kept).path("requestId").asString()).isEqualTo("lb-7:abc.123");

        HttpResponse<String> replaced = admin.send("GET", "/api/v1/templates", null, "X-Request-Id", "<script>alert(1)</script>");
        assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow()).hasSize(36).doesNotContain("<");

        HttpResponse<String> refused = ApiClient.anonymous(port).get("/api/v1/templates");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(problem.path("requestId").asString()).isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void theLogLinesOfARequestNameItsId(CapturedOutput output) throws Exception {
        HttpResponse<String> r = new ApiClient(port).send("GET", "/api/v1/observability-test/log", null, "X-Request-Id", "nhat-ky-42");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(output.getOut().lines().filter(l -> l.contains("một dòng nhật ký trong yêu cầu")))
                .singleElement().asString().contains("nhat-ky-42");
    }

    @Test
    void thePrometheusScrapeIsForAdminsAndCountsRendersAndRejections() throws Exception {
        ApiClient admin = new ApiClient(port);
        String example = ApiClient.json(admin.get("/api/v1/templates/official-letter")).path("example").toString();
        assertThat(admin.send("POST", "/api/v1/templates/official-letter/docx", example).statusCode()).isEqualTo(200);
        assertThat(admin.send("POST", "/api/v1/templates/made-up/docx", example).statusCode()).isEqualTo(404);
        assertThat(admin.send("POST", "/api/v1/templates/official-letter/docx", "{").statusCode()).isEqualTo(400);

        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(admin.send("POST", "/api/v1/admin/users", "{\"username\": \"canbo.sodo\", \"password\": \"mat-khau-so-do\", "
                + "\"role\": \"commune\", \"communes\": [\"28807\"]}").statusCode()).isEqualTo(201);
        assertThat(new ApiClient(port, "canbo.sodo", "mat-khau-so-do").get("/actuator/prometheus").statusCode()).isEqualTo(403);

        HttpResponse<String> scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).containsPattern(
                "vanban_render_seconds_count\\{document=\"official-letter\",format=\"docx\",outcome=\"success\"} [1-9]");
        assertThat(metrics).containsPattern("vanban_render_seconds_count\\{document=\"unknown\",format=\"unknown\",outcome=\"client-error\"} [1-9]");
        assertThat(metrics).doesNotContain("made-up");
        assertThat(metrics).containsPattern("vanban_rejections_total\\{status=\"404\",type=\"/problems/unknown-template\"} [1-9]");
        assertThat(metrics).containsPattern("vanban_rejections_total\\{status=\"400\",type=\"/problems/invalid-data\"} [1-9]");
        assertThat(metrics).containsPattern("vanban_rejections_total\\{status=\"401\",type=\"/problems/unauthorized\"} [1-9]");
        assertThat(metrics).containsPattern("vanban_rejections_total\\{status=\"403\",type=\"/problems/forbidden\"} [1-9]");
        assertThat(metrics).contains("vanban_work_running", "vanban_work_queued", "vanban_uploads_reading");
    }
}
