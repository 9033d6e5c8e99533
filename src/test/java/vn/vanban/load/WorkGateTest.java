package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkGateTest {

    @Test
    void placesAreTakenAndGivenBack() {
        WorkGate gate = new WorkGate(2, 0, Duration.ZERO);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.running()).isEqualTo(2);
        assertThat(gate.enter()).as("no queue: turned away at once").isFalse();
        gate.leave();
        assertThat(gate.enter()).isTrue();
    }

    @Test
    void aQueuedCallerGetsThePlaceThatIsGivenBack() throws Exception {
        WorkGate gate = new WorkGate(1, 1, Duration.ofSeconds(30));
        assertThat(gate.enter()).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(gate::enter);
        for (int i = 0; i < 200 && gate.waiting() == 0; i++) {
            Thread.sleep(10);
        }
        assertThat(gate.waiting()).isEqualTo(1);
        assertThat(gate.enter()).as("the queue of one is full").isFalse();
        gate.leave();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.waiting()).isZero();
        assertThat(gate.running()).isEqualTo(1);
    }

    @Test
    void aCallerThatWaitsLongerThanTheLongestWaitIsTurnedAway() {
        WorkGate gate = new WorkGate(1, 5, Duration.ofMillis(50));
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
        assertThat(gate.waiting()).isZero();
    }
}
