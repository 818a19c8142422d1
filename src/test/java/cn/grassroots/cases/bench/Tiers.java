package cn.grassroots.cases.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Tasklist filter each role sees, asked for its first page and its count over the engine REST API as that
 * user (as Tasklist asks), the overdue board and the ledger page, at one number of open cases. Times each request
 * {@value #RUNS} times after three of warm-up; a request slower than three seconds once.
 */
final class Tiers {

    /** One user per role: the dispatch office, a unit's handler and head, the supervision office, a county leader. */
    static final List<String> ROLES = List.of("dispatcher", "handler-roads", "head-roads", "supervisor", "leader");
    static final int RUNS = 20;
    static final long SLOW_NANOS = 3_000_000_000L;
    /** How long the application keeps the board's head counts (BoardCounts.FRESH_MILLIS), and runs of that page. */
    static final long BOARD_COUNTS_KEPT_MILLIS = 5_000;
    static final int BOARD_RUNS = 10;
    /** What Tasklist posts for a filter's first page: soonest deadline first, as it opens every list (urgency-first.js). */
    static final String TASKLIST_PAGE = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
             "sorting":[{"sortBy":"dueDate","sortOrder":"asc"}],"active":true}""";

    record Figure(long open, String what, String count, List<Long> nanos) {
        double p95() {
            return CountyBenchmark.p(nanos, 0.95);
        }
    }

    final List<Figure> filters = new ArrayList<>();
    final List<Figure> board = new ArrayList<>();
    /** The same page when its head counts are taken again. */
    final List<Figure> boardCountedAgain = new ArrayList<>();
    final List<Figure> ledger = new ArrayList<>();

    void measure(BenchNode node, long open) {
        BenchHttp http = new BenchHttp(node.baseUrl());
        System.out.printf("%n| open cases | user | filter | tasks in filter | first page p50 / p95 | count p50 / p95 |%n"
                + "|---|---|---|---|---|---|%n");
        for (String user : ROLES) {
            for (Map.Entry<String, String> filter : filtersOf(http, user).entrySet()) {
                String path = "/engine-rest/filter/" + filter.getValue();
                String count = http.get(user, path + "/count").expect(200).json().path("count").asText();
                Figure list = new Figure(open, user + " · " + filter.getKey() + " (page)", count, time(() ->
                        http.post(user, path + "/list?firstResult=0&maxResults=15", TASKLIST_PAGE, "application/hal+json")
                                .expect(200)));
                Figure counted = new Figure(open, user + " · " + filter.getKey() + " (count)", count,
                        time(() -> http.get(user, path + "/count").expect(200)));
                filters.add(list);
                filters.add(counted);
                System.out.printf("| %,d | %s | %s | %s | %s | %s |%n", open, user, filter.getKey(), count,
                        millis(list.nanos()), millis(counted.nanos()));
            }
        }
        // the Cockpit page's request: the first 100 rows with the whole board's counts
        board.add(new Figure(open, "overdue board", "", time(() ->
                http.get("supervisor", "/api/supervision/overdue-board").expect(200))));
        // the same page when its head counts are older than the board keeps them (BoardCounts): counted again, as
        // when a supervisor opens the board after a while or after a change
        Figure counted = new Figure(open, "overdue board, counted again", "", time(
                () -> http.get("supervisor", "/api/supervision/overdue-board").expect(200), BOARD_RUNS,
                () -> sleep(BOARD_COUNTS_KEPT_MILLIS + 100)));
        boardCountedAgain.add(counted);
        Figure everyRow = new Figure(open, "overdue board, every row", "", time(() ->
                http.get("supervisor", "/api/supervision/overdue-cases").expect(200)));
        ledger.add(new Figure(open, "ledger page", "", time(() -> http.get("supervisor", "/api/ledger").expect(200))));
        System.out.printf("| %,d | supervisor | 逾期督办看板, first page (GET /api/supervision/overdue-board) | | %s | |%n",
                open, millis(board.get(board.size() - 1).nanos()));
        System.out.printf("| %,d | supervisor | 逾期督办看板, first page, counts taken again | | %s | |%n",
                open, millis(counted.nanos()));
        System.out.printf("| %,d | supervisor | 逾期督办看板, every row (GET /api/supervision/overdue-cases) | | %s | |%n",
                open, millis(everyRow.nanos()));
        System.out.printf("| %,d | supervisor | 问题台账 first page (GET /api/ledger) | | %s | |%n%n", open,
                millis(ledger.get(ledger.size() - 1).nanos()));
    }

    /** The worst p95 of any filter's page or count at {@code open} cases, and which. */
    Figure worst(long open) {
        return filters.stream().filter(f -> f.open() == open)
                .max((x, y) -> Double.compare(x.p95(), y.p95())).orElseThrow();
    }

    private static Map<String, String> filtersOf(BenchHttp http, String user) {
        String json = http.get(user, "/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc").expect(200).body();
        Map<String, String> filters = new LinkedHashMap<>();
        Matcher filter = Pattern.compile("\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"([^\"]+)\"")
                .matcher(json);
        while (filter.find()) {
            filters.put(filter.group(2), filter.group(1));
        }
        return filters;
    }

    static List<Long> time(Supplier<?> request) {
        return time(request, RUNS, () -> { });
    }

    /** Times {@code request} {@code runs} times after three of warm-up, each after {@code before} (not timed). */
    static List<Long> time(Supplier<?> request, int runs, Runnable before) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3 + runs; i++) {
            before.run();
            long started = System.nanoTime();
            request.get();
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

    static String millis(List<Long> nanos) {
        return String.format("%.0f / %.0f ms", CountyBenchmark.p(nanos, 0.5), CountyBenchmark.p(nanos, 0.95));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
