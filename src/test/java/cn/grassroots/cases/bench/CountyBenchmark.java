package cn.grassroots.cases.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import cn.grassroots.cases.BenchmarkDatabase;
import cn.grassroots.cases.WebappLogin;

/**
 * The county-scale benchmark of issue 12, in one run ({@code bench/run}, i.e. {@code mvn -B -ntp verify -Pscale}):
 * packages the jar, makes the database {@code grassroots_scale} anew on the PostgreSQL server, fills it with open
 * cases through the engine, starts the jar (then a second node) and measures every goal over HTTP as the county's
 * people and systems would call it. Prints the figures as they come and one table of the goals at the end; asserts
 * nothing about time (it fails only when the application misbehaves: a lost or doubled escalation).
 * <p>
 * {@code -Dscale.tiers=10000,100000} (open cases; 10,000 by default), {@code -Dscale.storm=2000} (timers per storm),
 * {@code -Dscale.seconds=10} (each intake run), {@code -Dscale.lifecycle.seconds=60},
 * {@code -Dscale.jvm="-Xmx768m ..."} (the nodes' JVM options; the README's by default).
 */
@EnabledIfSystemProperty(named = "scale.jar", matches = ".+")
class CountyBenchmark {

    static final String DATABASE = "grassroots_scale";
    static final List<Long> TIERS = Arrays.stream(System.getProperty("scale.tiers", "10000").split(","))
            .map(String::trim).map(Long::parseLong).toList();
    static final int STORM = Integer.getInteger("scale.storm", 2_000);
    static final Duration INTAKE_RUN = Duration.ofSeconds(Integer.getInteger("scale.seconds", 10));
    static final Duration LIFECYCLE_RUN = Duration.ofSeconds(Integer.getInteger("scale.lifecycle.seconds", 60));
    static final List<String> JVM = List.of(System.getProperty("scale.jvm",
            "-Xmx768m -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30").split(" "));
    static final int[] CONCURRENCY = {1, 4, 16, 64};
    /**
     * {@code -Dscale.only=lifecycle}, {@code intake}, {@code storm} or {@code tiers}: load, start one node, measure
     * whole cases, intake against the bare engine, one node's storm or every filter of every role, and stop (for
     * profiling a change).
     */
    static final String ONLY = System.getProperty("scale.only", "");
    /**
     * {@code -Dscale.reuse=true}: keeps the database of the last run and only tops it up to the first tier, e.g. to
     * measure the filters again at 100,000 open cases after a change ({@code bench/run 100000 -Dscale.only=tiers
     * -Dscale.reuse=true}) without an hour of loading.
     */
    static final boolean REUSE = Boolean.getBoolean("scale.reuse");
    static final String[] STORM_UNITS = {"unit-roads", "unit-water", "unit-civil", "unit-land"};

    private final Goals goals = new Goals();

    @Test
    void everyGoalOfIssue12() throws Exception {
        BenchmarkDatabase.use(DATABASE, REUSE);
        String url = System.getProperty("spring.datasource.url");
        String user = System.getProperty("spring.datasource.username");
        String password = System.getProperty("spring.datasource.password", "");
        Path jar = Path.of(System.getProperty("scale.jar"));
        BenchNode nodeA = new BenchNode("node-a");
        BenchNode nodeB = new BenchNode("node-b");
        try (LoaderEngine loader = new LoaderEngine(url, user, password)) {
            loader.deployBareProcess();
            long firstTier = TIERS.get(0);
            long sizeBefore = databaseBytes(loader);
            long loadStarted = System.nanoTime();
            loader.loader().topUpTo(firstTier, 2);
            long open = loader.loader().openCases();
            System.out.printf("loaded %,d open cases through the engine in %.0f s%n", open,
                    (System.nanoTime() - loadStarted) / 1e9);
            goals.note("open case on disk (loaded at its stage)", String.format("%.0f kB",
                    (databaseBytes(loader) - sizeBefore) / 1024.0 / open));

            nodeA.start(jar, url, user, password, JVM);
            System.out.printf("node A answered after %.1f s%n", nodeA.startSeconds());
            catchUp(loader);
            if (ONLY.equals("lifecycle")) {
                goals.lifecycle(new Lifecycle(nodeA, loader).run(4, LIFECYCLE_RUN));
                goals.print();
                return;
            }
            if (ONLY.equals("tiers")) {
                Tiers tiers = new Tiers();
                tiers.measure(nodeA, open);
                goals.tasklist(tiers);
                goals.print();
                return;
            }
            if (ONLY.equals("intake")) {
                Intake intake = new Intake(nodeA, loader);
                for (int clients : CONCURRENCY) {
                    intake.compare(clients, INTAKE_RUN);
                }
                goals.intake(intake);
                goals.print();
                return;
            }
            if (ONLY.equals("storm")) {
                new Storm(loader).run(1, STORM_UNITS, STORM);
                return;
            }
            Tiers tiers = new Tiers();
            tiers.measure(nodeA, open);

            Intake intake = new Intake(nodeA, loader);
            for (int clients : CONCURRENCY) {
                intake.compare(clients, INTAKE_RUN);
            }
            goals.intake(intake);

            Lifecycle lifecycle = new Lifecycle(nodeA, loader);
            goals.lifecycle(lifecycle.run(4, LIFECYCLE_RUN));

            Storm storm = new Storm(loader);
            Storm.Result oneNode = storm.run(1, STORM_UNITS, STORM);
            nodeB.start(jar, url, user, password, JVM);
            catchUp(loader);
            goals.sessions(sessionCrossesNodes(nodeA, nodeB));
            Storm.Result twoNodes = storm.run(2, STORM_UNITS, STORM);
            goals.storm(oneNode, twoNodes);
            nodeB.stop();

            Thread.sleep(45_000); // idle, as between working hours: the heap settings give memory back
            goals.memory(nodeA.rssMegabytes());
            nodeA.stop();
            nodeA.start(jar, url, user, password, JVM);
            goals.startUp(nodeA.startSeconds());

            for (long tier : TIERS.subList(1, TIERS.size())) {
                nodeA.stop();
                loader.loader().topUpTo(tier, 2);
                nodeA.start(jar, url, user, password, JVM);
                catchUp(loader);
                tiers.measure(nodeA, loader.loader().openCases());
            }
            goals.tasklist(tiers);
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
        goals.print();
        if (goals.misbehaved()) {
            throw new AssertionError("an escalation was lost or doubled, or a request answered 5xx: see the table");
        }
    }

    /**
     * Waits until the node(s) have run every job that was due when they started (timers of the loaded cases), then
     * vacuums and analyzes as autovacuum would have meanwhile (it is off on these machines): loading and catching up
     * leave as many dead rows in the runtime tables as live ones (after 100,000 cases: 362,000 dead executions), which
     * a production database does not keep and every scan would read.
     */
    private static void catchUp(LoaderEngine loader) throws InterruptedException {
        long started = System.nanoTime();
        long initial = DueJobs.await(loader);
        if (initial > 0) {
            System.out.printf("caught up with %,d jobs due at start in %.0f s%n", initial,
                    (System.nanoTime() - started) / 1e9);
        }
        long vacuum = System.nanoTime();
        loader.jdbc.execute("VACUUM ANALYZE");
        System.out.printf("VACUUM ANALYZE in %.0f s%n", (System.nanoTime() - vacuum) / 1e9);
    }

    static long databaseBytes(LoaderEngine loader) {
        return loader.count("SELECT pg_database_size(current_database())");
    }

    /** A handler logged in on node A is known to node B by the session cookie alone (Spring Session JDBC). */
    private static boolean sessionCrossesNodes(BenchNode a, BenchNode b) throws Exception {
        WebappLogin tasklist = WebappLogin.as(a.baseUrl(), "tasklist", "handler-roads");
        BenchHttp.Answer onB = new BenchHttp(b.baseUrl()).getWithCookie("/camunda/api/admin/auth/user/default",
                "SESSION=" + tasklist.cookie("SESSION"));
        return onB.status() == 200 && onB.body().contains("\"userId\":\"handler-roads\"");
    }

    /** The {@code quantile} of the times, in milliseconds. */
    static double p(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
    }
}
