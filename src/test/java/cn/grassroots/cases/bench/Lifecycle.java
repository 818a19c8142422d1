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
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.grassroots.cases.WebappLogin;

import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * Whole cases, registration to closure, over HTTP as the people do them: the intake API (a system, HTTP basic), then
 * each task found and completed by its person in Tasklist — the API Tasklist itself calls, in the session of a person
 * who logged in once, with what the task's form submits — by a number of clients for a while. Measures cases closed
 * per second, CPU per case (the node's JVM and the PostgreSQL server) and database bytes per closed case.
 */
final class Lifecycle {

    record Result(int clients, long cases, double perSecond, double cpuMillisPerCase, double appCpuMillisPerCase,
            double kilobytesPerCase) {
    }

    private static final String[][] UNITS = {{"unit-water", "handler-water"}, {"unit-roads", "handler-roads"},
        {"unit-civil", "handler-civil"}, {"unit-land", "handler-land"}};

    /** Tasklist's own copy of the engine REST API, behind the webapp's session login and CSRF token. */
    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        DatabaseGrowth growth = new DatabaseGrowth(loader);
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
                    Desks desks = new Desks(WebappLogin.as(node.baseUrl(), "tasklist", "dispatcher"),
                            WebappLogin.as(node.baseUrl(), "tasklist", unit[1]));
                    while (System.nanoTime() < deadline) {
                        playOneCase(desks, unit[0]);
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
        growth.print(cases, 20);
        System.out.printf("lifecycle at %d clients: %d cases closed in %.0f s = %.2f cases/s; CPU %.0f ms per case"
                + " (application %.0f ms); %.0f kB of database per case%n", clients, cases, seconds,
                result.perSecond(), result.cpuMillisPerCase(), result.appCpuMillisPerCase(), result.kilobytesPerCase());
        return result;
    }

    /** The dispatcher's and the unit handler's Tasklist, each logged in once, as at the start of a working day. */
    private record Desks(WebappLogin dispatcher, WebappLogin handler) {
    }

    private void playOneCase(Desks desks, String unit) throws Exception {
        String instanceId = http.post("dispatcher", "/api/issues", IssueIntakeApiTestData.validIssue()).expect(201).json()
                .path("processInstanceId").asText();
        complete(desks.dispatcher(), instanceId, "Task_SortIssue", Map.of(
                "responsibleUnit", string(unit), "resolutionPath", string("DIRECT")));
        complete(desks.handler(), instanceId, "Task_AcceptIssue", Map.of("accepted", bool(true)));
        complete(desks.handler(), instanceId, "Task_ResolveIssue", Map.of(
                "resolution", string("已组织人员修补路面坑洼，恢复通行。"), "measuresTaken", string("出动养护人员6人次。")));
        complete(desks.dispatcher(), instanceId, "Task_ReviewResolution", Map.of("approved", bool(true)));
        complete(desks.dispatcher(), instanceId, "Task_Callback", Map.of("satisfaction", string("SATISFIED")));
    }

    /** Waits for the task (an asynchronous step may come first) and completes it in the person's Tasklist. */
    private static void complete(WebappLogin desk, String instanceId, String taskKey, Map<String, Object> variables)
            throws Exception {
        String path = TASKLIST_API + "/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode tasks = json(desk.get(path));
        while (tasks.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + taskKey + " in " + instanceId);
            }
            Thread.sleep(20); // polling the node's job executor
            tasks = json(desk.get(path));
        }
        var answer = desk.postJson(TASKLIST_API + "/task/" + tasks.get(0).path("id").asText() + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", variables)), true);
        if (answer.statusCode() != 204) {
            throw new IllegalStateException(taskKey + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static JsonNode json(java.net.http.HttpResponse<String> answer) throws Exception {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Tasklist answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static Map<String, Object> string(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> bool(boolean value) {
        return Map.of("value", value, "type", "Boolean");
    }
}
