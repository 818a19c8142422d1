package cn.grassroots.cases.ledger;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import cn.grassroots.cases.BenchmarkDatabase;
import cn.grassroots.cases.assessment.Assessments;

/**
 * The ledger at scale, on PostgreSQL ({@code mvn -B -ntp test -Pbenchmark}): fills 100,000 ledger rows (and a handover
 * for each) over three years, runs {@code ANALYZE} (autovacuum may be off), then measures the ledger page query as the
 * 台账 page asks it (seven typical filters, 50 times each after a warm-up) in the service and over HTTP, the year's
 * assessment, and the Excel and CSV exports of 10,000 and 100,000 rows with the heap they took. Prints a table for the
 * README; asserts nothing about time (figures depend on the machine).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class LedgerBenchmark {

    static final int ROWS = 100_000;
    static final int RUNS = 50;

    static {
        BenchmarkDatabase.use("grassroots_bench", false);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerQueries queries;
    @Autowired
    Assessments assessments;
    @LocalServerPort
    int port;

    private final Map<String, String> results = new LinkedHashMap<>();

    @Test
    void theLedgerAtOneHundredThousandRows() throws Exception {
        long filling = System.nanoTime();
        fill();
        results.put("fill 100,000 rows + handovers (JDBC batches)", seconds(System.nanoTime() - filling));
        jdbc.execute("ANALYZE case_ledger");
        jdbc.execute("ANALYZE case_handover");

        Map<String, LedgerFilter> pages = new LinkedHashMap<>();
        pages.put("first page, newest first", filter(Map.of()));
        pages.put("one unit, this year", filter(Map.of("unit", "unit-water", "from", "2026-01-01", "to", "2026-12-31")));
        pages.put("open cases, by deadline", filter(Map.of("status", "OPEN", "sort", "dueDate", "order", "asc")));
        pages.put("overdue and escalated", filter(Map.of("overdue", "true", "escalated", "true")));
        pages.put("town × category, a quarter", filter(Map.of("town", "unit-town-qingshan", "category", "WATER",
                "from", "2025-07-01", "to", "2025-09-30")));
        pages.put("search a title", filter(Map.of("q", "漏水")));
        pages.put("page 200 (offset 9,950)", filter(Map.of("firstResult", "9950")));
        List<Long> all = new ArrayList<>();
        pages.forEach((name, filter) -> {
            List<Long> times = time(() -> queries.page(filter, new LedgerScope(true, List.of(), null)).total());
            all.addAll(times);
            results.put("ledger page: " + name, millis(times));
        });
        results.put("ledger page query, all of the above", millis(all));
        results.put("ledger page over HTTP (GET /api/ledger, basic auth)", millis(time(() -> get("/api/ledger"))));
        results.put("assessment of a year (GET /api/assessment)",
                millis(time(() -> get("/api/assessment?from=2025-01-01&to=2025-12-31"))));
        export("/api/ledger.xlsx?from=2026-07-01&to=2026-12-31", "Excel export, half a year ("
                + queries.page(filter(Map.of("from", "2026-07-01", "to", "2026-12-31")),
                        new LedgerScope(true, List.of(), null)).total() + " rows)");
        export("/api/ledger.xlsx", "Excel export, all 100,000 rows");
        export("/api/ledger.csv", "CSV export, all 100,000 rows");

        System.out.println("\n| 100,000 ledger rows on PostgreSQL | figure |\n|---|---|");
        results.forEach((name, figure) -> System.out.println("| " + name + " | " + figure + " |"));
        System.out.println("\n(" + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + jdbc.queryForObject("SELECT version()", String.class).split(",")[0] + ")\n");
    }

    private void fill() {
        String[] units = {"unit-roads", "unit-water", "unit-civil", "unit-hrss", "unit-land", "unit-town-qingshan",
            "unit-town-baishui"};
        String[] towns = {"unit-town-qingshan", "unit-town-baishui"};
        String[] categories = {"ROADS_TRAFFIC", "WATER", "CIVIL_AFFAIRS", "LABOR_SOCIAL_SECURITY", "LAND_HOUSING",
            "ENVIRONMENT", "AGRICULTURE", "POLICY_INQUIRY", "OTHER"};
        String[] channels = {"PUBLICIZE", "RESEARCH", "PETITION", "ONSITE"};
        String[] titles = {"村道路面坑洼破损", "自来水管道漏水", "低保申请进度咨询", "拖欠农民工工资", "宅基地审批迟迟未办",
            "养殖场异味扰民", "惠农补贴发放核实", "医保缴费咨询", "垃圾清运不及时"};
        String[] ratings = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
        String[] open = {"TO_SORT", "SIGN_OFF", "RESOLVING", "REVIEW", "CALLBACK"};
        Random random = new Random(42);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 9, 0);
        List<Object[]> ledger = new ArrayList<>();
        List<Object[]> handovers = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            LocalDateTime registered = start.plusMinutes((long) i * 15);
            boolean closed = registered.isBefore(LocalDateTime.of(2026, 10, 1, 0, 0)) || random.nextInt(3) > 0;
            String unit = units[random.nextInt(units.length)];
            LocalDate due = registered.toLocalDate().plusDays(21);
            boolean onTime = random.nextInt(10) < 8;
            int level = onTime ? 0 : 1 + random.nextInt(3);
            String id = "bench-" + i;
            String number = "SX-" + registered.getYear() + "-B" + String.format("%06d", i);
            ledger.add(new Object[] {id, number, titles[i % titles.length] + " " + i, channels[random.nextInt(4)],
                categories[random.nextInt(categories.length)], "NORMAL", "青山镇", towns[i % 2], towns[i % 2],
                "dispatcher", Timestamp.valueOf(registered), unit, Timestamp.valueOf(registered.plusHours(2)),
                java.sql.Date.valueOf(due), java.sql.Date.valueOf(due), closed ? "CLOSED" : open[random.nextInt(5)],
                closed ? Timestamp.valueOf(registered.plusDays(onTime ? 10 : 30)) : null, closed ? onTime : null,
                closed ? ratings[random.nextInt(ratings.length)] : null, closed ? "RESOLVED" : null,
                closed ? Timestamp.valueOf(registered.plusDays(onTime ? 12 : 32)) : null, level,
                level >= 1 ? 1 : 0, level >= 2 ? 1 : 0, level >= 3 ? 1 : 0, random.nextInt(20) == 0 ? 1 : 0});
            handovers.add(new Object[] {id, number, unit, Timestamp.valueOf(registered.plusHours(2)),
                java.sql.Date.valueOf(registered.toLocalDate().plusDays(2)), Timestamp.valueOf(registered.plusHours(6)),
                "ACCEPTED", random.nextInt(10) > 0});
            if (ledger.size() == 2000) {
                flush(ledger, handovers);
            }
        }
        flush(ledger, handovers);
    }

    private void flush(List<Object[]> ledger, List<Object[]> handovers) {
        jdbc.batchUpdate("""
                INSERT INTO case_ledger (process_instance_id, case_number, title, channel, category, urgency, location,
                    place, town, registered_by, registered_at, responsible_unit, sorted_at, due_date, original_due_date,
                    status, resolved_at, resolved_on_time, satisfaction, outcome, closed_at, highest_level,
                    supervise_count, leader_count, notice_count, send_back_count, accusation, resolved_on_spot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)""",
                ledger);
        jdbc.batchUpdate("""
                INSERT INTO case_handover (process_instance_id, case_number, unit, handed_over_at, sign_off_due,
                    answered_at, answer, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", handovers);
        ledger.clear();
        handovers.clear();
    }

    /**
     * Times an export over HTTP and watches the heap meanwhile: the most the heap held after a collection (its live
     * data, garbage aside) above what it held before, which stays flat when the rows stream.
     */
    private void export(String path, String name) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
        System.gc();
        long before = afterCollection(heap);
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(afterCollection(heap), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        long bytes;
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(request(path),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        long took = System.nanoTime() - started;
        sampler.interrupt();
        sampler.join();
        results.put(name + " (HTTP " + answer.statusCode() + ", " + bytes / 1024 + " KB)", seconds(took)
                + ", live heap +" + Math.max(0, peak.get() - before) / (1024 * 1024) + " MB");
    }

    private static long afterCollection(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    private long get(String path) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request(path),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().length();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("supervisor:supervisor".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static LedgerFilter filter(Map<String, String> parameters) {
        return LedgerFilter.parse(parameters);
    }

    /** Each run's time in nanoseconds, after a warm-up of ten. */
    private static List<Long> time(Supplier<?> work) {
        for (int i = 0; i < 10; i++) {
            work.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - started);
        }
        return times;
    }

    private static String millis(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
