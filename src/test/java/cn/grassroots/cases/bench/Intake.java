package cn.grassroots.cases.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import cn.grassroots.cases.intake.IssueIntakeApiTestData;

/**
 * Intake against the bare engine at one concurrency: for the same time, {@code clients} clients register issues
 * through {@code POST /api/issues} (as the dispatcher), then start a trivial one-user-task process through the engine
 * REST API (as the administrator). The application's rate counts the registration's asynchronous policy step too:
 * cases over the run plus the time the node then needs to finish the steps the run left due.
 */
final class Intake {

    record Run(int clients, long cases, double appPerSecond, double barePerSecond, long serverErrors, long refused) {
        double ratio() {
            return appPerSecond / barePerSecond;
        }
    }

    private record Counts(long ok, long serverErrors, long refused) {
    }

    final List<Run> runs = new ArrayList<>();
    private final BenchHttp http;
    private final LoaderEngine loader;

    Intake(BenchNode node, LoaderEngine loader) {
        this.http = new BenchHttp(node.baseUrl());
        this.loader = loader;
    }

    void compare(int clients, Duration duration) throws Exception {
        long started = System.nanoTime();
        DatabaseTime databaseTime = new DatabaseTime(loader);
        Counts app = drive(clients, duration, http -> http.post("dispatcher", "/api/issues", IssueIntakeApiTestData.validIssue()));
        DueJobs.await(loader);
        databaseTime.print(String.format("intake of %d cases at %d clients, policy steps included", app.ok(), clients), 15);
        double appSeconds = (System.nanoTime() - started) / 1e9;
        DatabaseTime bareTime = new DatabaseTime(loader);
        Counts bare = drive(clients, duration, http -> http.post(DueJobs.ADMIN,
                "/engine-rest/process-definition/key/" + LoaderEngine.BARE_PROCESS + "/start", "{}"));
        bareTime.print(String.format("bare engine, %d starts at %d clients", bare.ok(), clients), 5);
        Run run = new Run(clients, app.ok(), app.ok() / appSeconds, bare.ok() / (double) duration.toSeconds(),
                app.serverErrors() + bare.serverErrors(), app.refused() + bare.refused());
        runs.add(run);
        System.out.printf("intake at %d clients: application %.1f cases/s (%d cases, policy steps included), bare engine"
                + " %.1f/s, ratio %.2f; 5xx: %d, other refusals: %d%n", clients, run.appPerSecond(), run.cases(),
                run.barePerSecond(), run.ratio(), run.serverErrors(), run.refused());
    }

    private Counts drive(int clients, Duration duration, Function<BenchHttp, BenchHttp.Answer> call) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong serverErrors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                work.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        int status = call.apply(http).status();
                        (status < 300 ? ok : status >= 500 ? serverErrors : refused).incrementAndGet();
                    }
                }));
            }
            for (Future<?> client : work) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Counts(ok.get(), serverErrors.get(), refused.get());
    }
}
