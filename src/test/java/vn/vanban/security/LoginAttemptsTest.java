package vn.vanban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    /** The counters in memory, with a clock the test moves. */
    static final class Counters implements FailureCounters {
        final Map<String, Counter> rows = new HashMap<>();

        @Override
        public Optional<Counter> find(String subject) {
            return Optional.ofNullable(rows.get(subject));
        }

        @Override
        public void save(String subject, Counter counter) {
            rows.put(subject, counter);
        }

        @Override
        public void clear(String subject) {
            rows.remove(subject);
        }

        @Override
        public Map<String, Instant> lockedAt(String prefix, Instant now) {
            Map<String, Instant> locked = new HashMap<>();
            rows.forEach((subject, c) -> {
                if (subject.startsWith(prefix) && c.lockedUntil() != null && now.isBefore(c.lockedUntil())) {
                    locked.put(subject, c.lockedUntil());
                }
            });
            return locked;
        }
    }

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-08-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final LoginAttempts attempts = new LoginAttempts(new Counters(), clock, 5, Duration.ofMinutes(15));

    @Test
    void fiveFailuresRefuseTheAccountForFifteenMinutesFromAnyAddress() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("canbo.21025", "10.0.0." + i);
        }
        assertThat(attempts.refused("canbo.21025", "10.0.0.99")).isFalse();
        attempts.failed("CanBo.21025", "10.0.0.5");
        assertThat(attempts.refused("canbo.21025", "10.0.0.99")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(attempts.refused("canbo.21025", "10.0.0.99")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(attempts.refused("canbo.21025", "10.0.0.99")).isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressRefuseItForEveryName() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("name" + i, "192.0.2.7");
        }
        assertThat(attempts.refused("someone-else", "192.0.2.7")).isTrue();
        assertThat(attempts.refused("someone-else", "192.0.2.8")).isFalse();
    }

    @Test
    void unknownNamesCountLikeKnownOnesAndASuccessClearsOnlyTheAccount() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("nobody", "192.0.2.1");
        }
        attempts.succeeded("nobody");
        attempts.failed("nobody", "192.0.2.1");
        assertThat(attempts.refused("nobody", "192.0.2.2")).isFalse();
        assertThat(attempts.refused("other", "192.0.2.1")).as("the address keeps its count").isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("slow", null);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        attempts.failed("slow", null);
        assertThat(attempts.refused("slow", null)).isFalse();
    }

    @Test
    void theMessageSaysTheConfiguredLockout() {
        assertThat(LoginRefusedException.locked(Duration.ofMinutes(15))).contains("trong 15 phút.");
        assertThat(LoginRefusedException.locked(Duration.ofMinutes(90))).contains("trong 1 giờ 30 phút.");
        assertThat(LoginRefusedException.locked(Duration.ofHours(2))).contains("trong 2 giờ.");
    }

    @Test
    void theAdministratorSeesLockedAccountNamesNotAddressesAndCanLiftOne() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("canbo.16177", "198.51.100.1");
        }
        attempts.failed("vanthu.16177", "198.51.100.2");
        assertThat(attempts.lockedAccounts()).containsOnlyKeys("canbo.16177")
                .containsEntry("canbo.16177", clock.now.plus(Duration.ofMinutes(15)));
        attempts.unlock("canbo.16177");
        assertThat(attempts.lockedAccounts()).isEmpty();
        assertThat(attempts.refused("canbo.16177", "198.51.100.9")).isFalse();
        assertThat(attempts.refused("canbo.16177", "198.51.100.1")).as("the address stays refused").isTrue();
    }

    @Test
    void aLockoutThatRanOutIsNoLongerListed() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("so.38", null);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(attempts.lockedAccounts()).isEmpty();
    }
}
