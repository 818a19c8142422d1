package cn.grassroots.cases.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public lookup's limit per address: a reporter is never stopped, a guesser soon is. */
class LookupThrottleTests {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAddressOverItsLimitWaitsUntilItsOldestLookupLeavesTheWindow() {
        ClockUtil.setCurrentTime(new Date(1_800_000_000_000L));
        LookupThrottle throttle = new LookupThrottle(3, Duration.ofMinutes(10));

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.admit("10.0.0.1")).isZero();
        }
        Duration wait = throttle.admit("10.0.0.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(throttle.admit("10.0.0.2")).as("another address").isZero();

        ClockUtil.setCurrentTime(new Date(1_800_000_000_000L + Duration.ofMinutes(10).toMillis() + 1));
        assertThat(throttle.admit("10.0.0.1")).isZero();
    }
}
