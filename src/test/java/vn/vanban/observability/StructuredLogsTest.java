package vn.vanban.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.api.ApiClient;

/**
 * The structured option: with {@code logging.structured.format.console=ecs} each line is JSON and carries
 * the request id. Spring Boot sets logging up once per JVM while a context that did so is alive (the
 * test contexts are cached), so this class lets its own context set it up, and the next new context after
 * it sets it up again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "logging.structured.format.console=ecs"})
@Import(ObservabilityApiTest.Logging.class)
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @LocalServerPort
    int port;

    @BeforeAll
    @AfterAll
    static void letTheNextContextSetUpLogging() {
        LoggingSystem.get(StructuredLogsTest.class.getClassLoader()).cleanUp();
    }

    @Test
    void aLogLineOfARequestIsJsonWithItsId(CapturedOutput output) throws Exception {
        assertThat(new ApiClient(port).send("GET", "/api/v1/observability-test/log", null, "X-Request-Id", "json-7").statusCode())
                .isEqualTo(200);
        String line = output.getOut().lines().filter(l -> l.contains("một dòng nhật ký trong yêu cầu")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("một dòng nhật ký trong yêu cầu");
        assertThat(json.path("requestId").asString()).isEqualTo("json-7");
    }
}
