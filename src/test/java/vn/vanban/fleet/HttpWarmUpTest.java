package vn.vanban.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The start-up's request through the instance's own port: by the time the context is ready (the runners have
 * run), the commune-team decision has been rendered once as PDF over HTTP, counted like any client's request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vanban.security.anonymous-render=true")
class HttpWarmUpTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void theDecisionWentThroughThePortOnceBeforeReadiness() {
        Timer pdf = meters.find("vanban.render").tag("document", "commune-team-decision").tag("format", "pdf")
                .tag("outcome", "success").timer();
        assertThat(pdf).as("a successful commune-team PDF over HTTP").isNotNull();
        assertThat(pdf.count()).isEqualTo(1);
    }
}
