package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vanban.api.ApiClient;

/**
 * Slow request bodies over real sockets: bodies that never come take the upload places and nothing else
 * (a GET is served, one more upload is 503 at once), a body trickling in below the minimum rate is
 * answered 408 within the grace (an API body and a page's file alike), and a refused request's unread body
 * is not drained: the answer comes and the connection closes although the client never sends the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.load.max-concurrent-uploads=2", "vanban.load.min-upload-rate=1000",
                "vanban.load.upload-grace=1s", "vanban.load.retry-after=3s", "server.tomcat.connection-timeout=20s"})
class SlowUploadApiTest {

    private static final String RENDER = "/api/v1/templates/official-letter/pdf";
    private static final String ADMIN = ApiClient.basic(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Test
    void stalledBodiesHoldTheUploadPlacesOnlyAndOneMoreIs503() throws Exception {
        try (RawHttp first = new RawHttp(port).startPost(RENDER, ADMIN, 1000).send("{");
             RawHttp second = new RawHttp(port).startPost(RENDER, ADMIN, 1000).send("{")) {
            for (int i = 0; i < 200 && meters.get("vanban.uploads.reading").gauge().value() < 2; i++) {
                Thread.sleep(25);
            }
            assertThat(meters.get("vanban.uploads.reading").gauge().value()).isEqualTo(2);
            ApiClient admin = new ApiClient(port);
            assertThat(admin.get("/api/v1/templates").statusCode()).isEqualTo(200);

            long start = System.nanoTime();
            HttpResponse<String> third = admin.send("POST", RENDER, "{}");
            assertThat((System.nanoTime() - start) / 1_000_000).as("answered at once").isLessThan(5000);
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.headers().firstValue("Retry-After")).hasValue("3");
            JsonNode problem = ApiClient.json(third);
            assertThat(problem.path("type").asString()).isEqualTo("/problems/busy");
            assertThat(problem.path("detail").asString()).contains("nhận nhiều tệp");
            assertThat(problem.path("requestId").asString()).isEqualTo(third.headers().firstValue("X-Request-Id").orElseThrow());
        }
    }

    @Test
    void aBodyBelowTheMinimumRateIs408AndTheConnectionCloses() throws Exception {
        try (RawHttp slow = new RawHttp(port).startPost(RENDER, ADMIN, 400)) {
            long start = System.nanoTime();
            String answer = null;
            for (int i = 0; i < 40 && answer == null; i++) {
                slow.send(" ");
                answer = slow.answer(250);
            }
            assertThat(answer).isNotNull().startsWith("HTTP/1.1 408");
            assertThat(answer).contains("application/problem+json").contains("/problems/slow-upload").contains("byte/giây");
            assertThat((System.nanoTime() - start) / 1_000_000).as("cut soon after the grace").isLessThan(6000);
            if (!slow.closedByServer()) {
                assertThat(slow.answer(2000)).isNull();
                assertThat(slow.closedByServer()).as("the connection is closed, not drained").isTrue();
            }
        }
    }

    @Test
    void anUploadFormTricklingItsFileIsCutToo() throws Exception {
        String head = "POST /communes/28807/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                + "\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: 5000\r\n\r\n"
                + "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ds.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        try (RawHttp slow = new RawHttp(port).send(head)) {
            long start = System.nanoTime();
            String answer = null;
            for (int i = 0; i < 40 && answer == null; i++) {
                slow.send("a");
                answer = slow.answer(250);
            }
            assertThat(answer).isNotNull().startsWith("HTTP/1.1 408").contains("Gửi dữ liệu quá chậm");
            assertThat((System.nanoTime() - start) / 1_000_000).as("cut soon after the grace").isLessThan(6000);
        }
    }

    @Test
    void aRefusedRequestsUnreadBodyIsNotDrained() throws Exception {
        try (RawHttp anonymous = new RawHttp(port).startPost(RENDER, null, 100_000).send("{\"subject\": ")) {
            String answer = anonymous.answer(5000);
            assertThat(answer).isNotNull().startsWith("HTTP/1.1 401");
            assertThat(answer).contains("/problems/unauthorized").contains("\"requestId\"");
            assertThat(anonymous.closedByServer()).as("closed without waiting for the other 99,988 bytes").isTrue();
        }
    }
}
