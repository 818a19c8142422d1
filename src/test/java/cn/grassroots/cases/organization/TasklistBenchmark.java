package cn.grassroots.cases.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.grassroots.cases.BenchmarkDatabase;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tasklist at scale, on PostgreSQL ({@code mvn -B -ntp test -Pbenchmark -Dtest=TasklistBenchmark}): fills the engine
 * with open cases through the engine ({@link OpenCaseLoader}), runs {@code ANALYZE} (autovacuum may be off), then asks
 * every Tasklist filter each role sees for its first page and its count over the engine REST API as that user, with
 * the authorization checks on, as Tasklist asks them. Each tier adds cases to the previous one. Prints one table;
 * asserts nothing about time.
 * <p>
 * Its own database, {@code grassroots_bench_tasklist} ({@code -Dbench.database=…}), made anew unless
 * {@code -Dbench.reuse=true} (then it tops the cases up to each tier). {@code -Dbench.tiers=10000,100000} (default),
 * {@code -Dbench.runs=30}, {@code -Dbench.load.threads=2}, {@code -Dbench.users=dispatcher,handler-roads,…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "grassroots.demo.load-cases=false")
@ActiveProfiles({"test", "demo"})
class TasklistBenchmark {

    /** One user per role: the dispatch office, a unit's handler and head, the supervision office, a county leader. */
    static final List<String> ROLES = List.of(System.getProperty("bench.users",
            "dispatcher,handler-roads,head-roads,supervisor,leader").split(","));
    static final int RUNS = Integer.getInteger("bench.runs", 30);
    /** A request slower than this is timed once: the figure is plain enough. */
    static final long SLOW_NANOS = 3_000_000_000L;
    /** What Tasklist posts for a filter's first page (newest first, the default sorting). */
    static final String TASKLIST_PAGE = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
             "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

    static {
        BenchmarkDatabase.use(System.getProperty("bench.database", "grassroots_bench_tasklist"),
                Boolean.getBoolean("bench.reuse"));
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyFilterForEveryRole() throws Exception {
        OpenCaseLoader loader = new OpenCaseLoader(engine, transactionManager);
        List<String> table = new ArrayList<>();
        for (String tier : System.getProperty("bench.tiers", "10000,100000").split(",")) {
            long target = Long.parseLong(tier.trim());
            long started = System.nanoTime();
            long before = loader.openCases();
            loader.topUpTo(target, Integer.getInteger("bench.load.threads", 2));
            long open = loader.openCases();
            System.out.printf("loaded %d cases in %.0f s; %d open%n", open - before,
                    (System.nanoTime() - started) / 1e9, open);
            jdbc.execute("ANALYZE");
            measure(open, table);
            print(table);
        }
    }

    private void measure(long open, List<String> table) {
        long tasks = engine.getTaskService().createTaskQuery().count();
        for (String user : ROLES) {
            for (Map.Entry<String, String> filter : filtersOf(user).entrySet()) {
                String path = "/engine-rest/filter/" + filter.getValue();
                List<Long> lists = time(() -> post(user, path + "/list?firstResult=0&maxResults=15"));
                String count = get(user, path + "/count");
                List<Long> counts = time(() -> get(user, path + "/count"));
                table.add(String.format("| %,d | %,d | %s | %s | %s | %s | %s |", open, tasks, user, filter.getKey(),
                        count.replaceAll("\\D", ""), millis(lists), millis(counts)));
                System.out.println(table.get(table.size() - 1));
            }
        }
    }

    /** The task filters the user sees, by name, in Tasklist's order. */
    private Map<String, String> filtersOf(String user) {
        String json = get(user, "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc");
        Map<String, String> filters = new LinkedHashMap<>();
        Matcher filter = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"([^\"]+)\"")
                .matcher(json);
        while (filter.find()) {
            filters.put(filter.group(2), filter.group(1));
        }
        if (filters.isEmpty()) {
            throw new IllegalStateException(user + " sees no filter: " + json);
        }
        return filters;
    }

    private static void print(List<String> table) {
        System.out.println("\n| open cases | open tasks | user | filter | tasks in filter | first page (list + count, HAL)"
                + " p50 / p95 | count p50 / p95 |\n|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
        System.out.println("\n(" + Runtime.getRuntime().availableProcessors() + " CPUs, " + RUNS + " runs after 3 of"
                + " warm-up)\n");
    }

    /** Each run's time in nanoseconds after three of warm-up; a request slower than a few seconds is timed once. */
    private static List<Long> time(Runnable request) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3 + RUNS; i++) {
            long started = System.nanoTime();
            request.run();
            long took = System.nanoTime() - started;
            if (i >= 3 || took > SLOW_NANOS) {
                times.add(took);
            }
            if (took > SLOW_NANOS) {
                break;
            }
        }
        return times;
    }

    private static String millis(List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%.0f / %.0f ms%s", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted.length < RUNS ? " (" + sorted.length + " runs)" : "");
    }

    private String post(String user, String path) {
        return send(request(user, path).header("Content-Type", "application/json")
                .header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_PAGE)).build());
    }

    private String get(String user, String path) {
        return send(request(user, path).header("Accept", "application/json").GET().build());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Points the application at the benchmark's own database on the configured server (the {@code benchmark} profile
     * names the ledger benchmark's), made anew unless {@code bench.reuse}.
     */
}
