package cn.grassroots.cases.supervision;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.BeforeServingEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The gauges a county's operators watch (Prometheus names {@code grassroots_cases_open}, {@code _warned},
 * {@code _overdue}, {@code _escalated}, each by {@code unit} and {@code unit_name}, and {@code grassroots_jobs_due},
 * the job executor's backlog): read from the case watch in one query, at most every 10 seconds (of the engine's clock)
 * whatever the number of scrapes. Registered once the organisation is synchronised before the application serves; units added
 * later get their gauges at the next start.
 */
@Component
class CaseGauges implements MeterBinder {

    static final long FRESH_MILLIS = 10_000;

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ManagementService management;
    private volatile MeterRegistry registry;
    private volatile Map<String, long[]> snapshot = Map.of();
    private volatile long takenAt;

    CaseGauges(JdbcTemplate jdbc, Directory directory, ManagementService management) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("grassroots.jobs.due", () -> management.createJobQuery().executable().active().count())
                .description("jobs due now that the job executor has not run yet").register(registry);
    }

    /** The units are known once the organisation file is synchronised, after the registry was bound. */
    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void registerUnits() {
        if (registry == null) {
            return;
        }
        String[] names = {"open", "warned", "overdue", "escalated"};
        String[] descriptions = {"open cases held by the unit", "open cases past their warning day",
            "open cases past their deadline", "open cases escalated (督办 or higher)"};
        for (var unit : directory.units()) {
            for (int i = 0; i < names.length; i++) {
                int column = i;
                Gauge.builder("grassroots.cases." + names[i], () -> counts(unit.id())[column])
                        .description(descriptions[i]).tag("unit", unit.id()).tag("unit_name", unit.name())
                        .register(registry);
            }
        }
    }

    private long[] counts(String unit) {
        long now = ClockUtil.getCurrentTime().getTime();
        if (now - takenAt > FRESH_MILLIS || now < takenAt) {
            Map<String, long[]> fresh = new HashMap<>();
            jdbc.query("""
                    SELECT responsible_unit, COUNT(*),
                           SUM(CASE WHEN warning = TRUE THEN 1 ELSE 0 END),
                           SUM(CASE WHEN overdue = TRUE THEN 1 ELSE 0 END),
                           SUM(CASE WHEN escalation_level > 0 THEN 1 ELSE 0 END)
                    FROM case_watch WHERE closed_at IS NULL AND responsible_unit IS NOT NULL
                    GROUP BY responsible_unit""", rs -> {
                fresh.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            });
            snapshot = fresh;
            takenAt = now;
        }
        return snapshot.getOrDefault(unit, new long[4]);
    }
}
