package cn.grassroots.cases.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * Whole cases, registration to closure, over HTTP as the people do them (the intake API, then each task completed
 * through the engine REST API by its person with what its form submits), by a number of clients for a while.
 * Measures cases closed per second, CPU per case (the node's JVM and the PostgreSQL server) and database bytes per
 * closed case.
 */
final class Lifecycle {

    record Result(int clients, long cases, double perSecond, double cpuMillisPerCase, double appCpuMillisPerCase,
            double kilobytesPerCase) {
    }

    private static final String[][] UNITS = {{"unit-water", "handler-water"}, {"unit-roads", "handler-roads"},
        {"unit-civil", "handler-civil"}, {"unit-land", "handler-land"}};

    private final BenchNode node;
    private final LoaderEngine loader;
    private final BenchHttp http;

    Lifecycle(BenchNode node, LoaderEngine loader) {
        this.node = node;
        this.loader = loader;
        this.http = new BenchHttp(node.baseUrl());
    }

    Result run(int clients, Duration duration) throws Exception {
        AtomicLong closed = new AtomicLong();
        DatabaseTime databaseTime = new DatabaseTime(loader);
        long bytesBefore = CountyBenchmark.databaseBytes(loader);
        double appCpuBefore = node.cpuSeconds();
        double databaseCpuBefore = BenchNode.postgresCpuSeconds();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String[] unit = UNITS[c % UNITS.length];
                work.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        playOneCase(unit[0], unit[1]);
                        closed.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        DueJobs.await(loader);
        double seconds = (System.nanoTime() - started) / 1e9;
        double appCpu = node.cpuSeconds() - appCpuBefore;
        double cpu = appCpu + BenchNode.postgresCpuSeconds() - databaseCpuBefore;
        long cases = closed.get();
        Result result = new Result(clients, cases, cases / seconds, cpu * 1000 / cases, appCpu * 1000 / cases,
                (CountyBenchmark.databaseBytes(loader) - bytesBefore) / 1024.0 / cases);
        databaseTime.print("the lifecycle", 15);
        System.out.printf("lifecycle at %d clients: %d cases closed in %.0f s = %.2f cases/s; CPU %.0f ms per case"
                + " (application %.0f ms); %.0f kB of database per case%n", clients, cases, seconds,
                result.perSecond(), result.cpuMillisPerCase(), result.appCpuMillisPerCase(), result.kilobytesPerCase());
        return result;
    }

    private void playOneCase(String unit, String handler) throws InterruptedException {
        String instanceId = http.post("dispatcher", "/api/issues", IssueIntakeApiTestData.validIssue()).expect(201).json()
                .path("processInstanceId").asText();
        complete(instanceId, "Task_SortIssue", "dispatcher", Map.of(
                "responsibleUnit", string(unit), "resolutionPath", string("DIRECT")));
        complete(instanceId, "Task_AcceptIssue", handler, Map.of("accepted", bool(true)));
        complete(instanceId, "Task_ResolveIssue", handler, Map.of(
                "resolution", string("已组织人员修补路面坑洼，恢复通行。"), "measuresTaken", string("出动养护人员6人次。")));
        complete(instanceId, "Task_ReviewResolution", "dispatcher", Map.of("approved", bool(true)));
        complete(instanceId, "Task_Callback", "dispatcher", Map.of("satisfaction", string("SATISFIED")));
    }

    /** Waits for the task (an asynchronous step may come first) and completes it as {@code user}. */
    private void complete(String instanceId, String taskKey, String user, Map<String, Object> variables)
            throws InterruptedException {
        String path = "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode tasks = http.get(user, path).expect(200).json();
        while (tasks.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + taskKey + " for " + user + " in " + instanceId);
            }
            Thread.sleep(20); // polling the node's job executor
            tasks = http.get(user, path).expect(200).json();
        }
        http.post(user, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
                Map.of("variables", variables)).expect(204);
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> bool(boolean value) {
        return Map.of("value", value, "type", "Boolean");
    }
}
