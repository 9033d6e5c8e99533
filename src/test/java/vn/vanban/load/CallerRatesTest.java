package vn.vanban.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.vanban.limits.LoadLimits;

class CallerRatesTest {

    @Test
    void eachCallerHasItsOwnAllowanceAndIsToldHowLongToWait() {
        CallerRates rates = new CallerRates(new LoadLimits.RateLimit(2, Duration.ofMinutes(1)));
        assertThat(rates.take("user:a")).isNull();
        assertThat(rates.take("user:a")).isNull();
        Duration wait = rates.take("user:a");
        // Two a minute: the next one is back within half a minute.
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(rates.take("key:a")).as("another caller").isNull();
    }

    @Test
    void aLimitThatAllowsNothingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new CallerRates(new LoadLimits.RateLimit(0, Duration.ofMinutes(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vanban.load.rate-limit");
    }
}
