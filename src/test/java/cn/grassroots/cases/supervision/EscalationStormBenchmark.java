package cn.grassroots.cases.supervision;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.grassroots.cases.BenchmarkDatabase;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The escalation storm on PostgreSQL ({@code mvn -B -ntp test -Pbenchmark -Dtest=EscalationStormBenchmark}, its own
 * database {@code grassroots_bench_storm}; {@code -Dstorm.cases=N}, 1,000 by default): N cases wait at 办理 in one
 * unit-less moment, the engine clock moves past their common deadline, and the application's own job executor (as
 * configured in application.yaml) fires every warning and overdue timer. Prints how long until every case stands at
 * 逾期·督查室督办 on the board, and checks that each escalated exactly once. Asserts nothing about time.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "demo"})
class EscalationStormBenchmark {

    static final String DATABASE = "grassroots_bench_storm";
    static final int CASES = Integer.getInteger("storm.cases", 1_000);
    static final int LOADERS = 4;
    static final String[] UNITS = { "unit-roads", "unit-water", "unit-civil", "unit-land" };
    static final String[] HANDLERS = { "handler-roads", "handler-water", "handler-civil", "handler-land" };

    static {
        BenchmarkDatabase.use(DATABASE, false);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyOverdueTimerFiresOnceAndQuickly() throws Exception {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.shutdown(); // the cases are played without it; it starts when the storm does

        long loading = System.nanoTime();
        List<String> ids = load();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        Date latest = engine.getManagementService().createJobQuery().timers().activityId(Elements.TIMER_RESOLVE_OVERDUE)
                .orderByJobDuedate().desc().listPage(0, 1).get(0).getDuedate();
        jdbc.execute("ANALYZE");

        ClockUtil.setCurrentTime(new Date(latest.getTime() + 60_000));
        long storm = System.nanoTime();
        executor.start();
        long escalated = 0;
        while (escalated < CASES) {
            Thread.sleep(100); // polling the executor's progress, not waiting for a timer
            escalated = count("SELECT COUNT(*) FROM case_watch WHERE overdue AND escalation_level >= 1");
            if ((System.nanoTime() - storm) / 1e9 > 900) {
                break;
            }
        }
        double stormSeconds = (System.nanoTime() - storm) / 1e9;
        executor.shutdown();

        long overdueEvents = count("SELECT COUNT(*) FROM escalation_event WHERE kind = 'OVERDUE'");
        long warningEvents = count("SELECT COUNT(*) FROM escalation_event WHERE kind = 'WARNING'");
        long failed = engine.getManagementService().createJobQuery().withException().count();
        String settings = "core " + property("core-pool-size") + ", max " + property("max-pool-size") + ", queue "
                + property("queue-capacity") + ", per acquisition " + property("max-jobs-per-acquisition") + ", pool "
                + environment.getProperty("spring.datasource.hikari.maximum-pool-size", "10");
        System.out.printf("%n| escalation storm on PostgreSQL | figure |%n|---|---|%n");
        System.out.printf("| cases at 办理, loaded through the engine (%d threads) | %d in %.1f s |%n", LOADERS, ids.size(),
                loadSeconds);
        System.out.printf("| job executor | %s |%n", settings);
        System.out.printf("| every case at 逾期·督查室督办 (warning + overdue timer each) | %d of %d in **%.1f s** (%.0f cases/s) |%n",
                escalated, CASES, stormSeconds, escalated / stormSeconds);
        System.out.printf("| escalation events: overdue / warning (once per case expected) | %d / %d |%n", overdueEvents,
                warningEvents);
        System.out.printf("| failed jobs | %d |%n%n", failed);
    }

    private String property(String name) {
        return environment.getProperty("camunda.bpm.job-execution." + name, "default");
    }

    /** N cases registered, sorted round the units and signed off, four at a time, each step as its person. */
    private List<String> load() throws Exception {
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                int unit = i % UNITS.length;
                started.add(loaders.submit(() -> CaseDriver.register(engine, CaseDriver.roadsIssue())
                        .sortTo(UNITS[unit]).accept(HANDLERS[unit]).instance().getId()));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : started) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            loaders.shutdownNow();
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

}
