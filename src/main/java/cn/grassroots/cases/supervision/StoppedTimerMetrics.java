package cn.grassroots.cases.supervision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code grassroots.deadline.timers.stopped}: deadline timers the engine has stopped, for monitoring to alert on. */
@Component
class StoppedTimerMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    StoppedTimerMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("grassroots.deadline.timers.stopped", this::count)
                .description("Deadline timers whose job failed until no retry was left; they fire only once retried")
                .register(registry);
    }

    private double count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM stopped_timer", Long.class);
        return count == null ? 0 : count;
    }
}
