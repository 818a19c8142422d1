package cn.grassroots.cases.bench;

import java.time.Duration;
import java.util.List;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * An escalation storm: a number of cases at 办理 whose deadlines all pass at once (their overdue timers held, made due
 * and released together), run by the nodes' own job executors. Times until every case stands at 逾期·督查室督办 and
 * checks that each overdue timer fired exactly once and no job failed.
 */
final class Storm {

    record Result(int nodes, int cases, double seconds, double firstSeconds, long escalated, long fired,
            long failedJobs) {
        double perSecond() {
            return escalated / seconds;
        }

        /** Escalations per second from the first on: the job executor's idle wait before it is left out. */
        double pace() {
            return (escalated - 1) / Math.max(0.001, seconds - firstSeconds);
        }

        boolean exactlyOnce() {
            return escalated == cases && fired == cases && failedJobs == 0;
        }
    }

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final LoaderEngine loader;
    private int round;

    Storm(LoaderEngine loader) {
        this.loader = loader;
    }

    Result run(int nodes, String[] units, int cases) throws Exception {
        round++;
        List<String> ids = loader.stormCases(cases, units, round);
        loader.holdAndMakeDue(ids);
        loader.jdbc.execute("ANALYZE");
        long started = System.nanoTime();
        loader.release();
        double first = -1;
        long escalated = 0;
        while (escalated < cases && System.nanoTime() - started < PATIENCE.toNanos()) {
            Thread.sleep(100); // polling the nodes' job executors
            escalated = escalated();
            if (first < 0 && escalated > 0) {
                first = (System.nanoTime() - started) / 1e9;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        DueJobs.await(loader);
        Result result = new Result(nodes, cases, seconds, first, escalated, loader.count("""
                SELECT COUNT(*) FROM act_hi_actinst a JOIN bench_storm s ON s.process_instance_id = a.proc_inst_id_
                WHERE s.round = %d AND a.act_id_ = '%s'""".formatted(round, Elements.TIMER_RESOLVE_OVERDUE)),
                loader.count("SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL"));
        System.out.printf("storm on %d node(s): %,d of %,d cases escalated in %.1f s (%.0f/s; first after %.1f s);"
                + " overdue timers fired %,d times; failed jobs %d%n", nodes, escalated, cases, seconds,
                result.perSecond(), first, result.fired(), result.failedJobs());
        return result;
    }

    private long escalated() {
        return loader.count("""
                SELECT COUNT(*) FROM case_watch w JOIN bench_storm s ON s.process_instance_id = w.process_instance_id
                WHERE s.round = %d AND w.overdue AND w.escalation_level >= 1""".formatted(round));
    }
}
