package cn.grassroots.cases.bench;

import java.util.List;
import java.util.Map;

/**
 * Where the database's time goes during a measurement, when the server has {@code pg_stat_statements} loaded
 * ({@code shared_preload_libraries}); otherwise nothing is printed.
 */
final class DatabaseTime {

    private final LoaderEngine loader;
    private final boolean available;

    DatabaseTime(LoaderEngine loader) {
        this.loader = loader;
        boolean loaded;
        try {
            loader.jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            loader.jdbc.queryForList("SELECT pg_stat_statements_reset()");
            loaded = true;
        } catch (RuntimeException notLoaded) {
            loaded = false;
        }
        this.available = loaded;
    }

    /** Prints the statements that took the most time since this was made, {@code what} being what ran. */
    void print(String what, int top) {
        if (!available) {
            return;
        }
        Map<String, Object> all = loader.jdbc.queryForMap("""
                SELECT coalesce(sum(calls), 0) AS calls, round(coalesce(sum(total_exec_time), 0)::numeric, 0) AS total_ms
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""");
        System.out.printf("%n%s: %s statements in %s ms of the database's time%n", what, all.get("calls"),
                all.get("total_ms"));
        List<Map<String, Object>> rows = loader.jdbc.queryForList("""
                SELECT calls, round(total_exec_time::numeric, 0) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms,
                       rows, regexp_replace(left(query, 160), '\\s+', ' ', 'g') AS query
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total_exec_time DESC LIMIT ?""", top);
        System.out.printf("%nwhere the database's time went (%s; pg_stat_statements):%n| calls | total ms | mean ms | rows |"
                + " statement |%n|---|---|---|---|---|%n", what);
        rows.forEach(row -> System.out.printf("| %s | %s | %s | %s | `%s` |%n", row.get("calls"), row.get("total_ms"),
                row.get("mean_ms"), row.get("rows"), row.get("query")));
        System.out.println();
    }
}
