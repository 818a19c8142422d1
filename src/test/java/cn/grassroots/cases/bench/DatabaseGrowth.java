package cn.grassroots.cases.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tables a measurement made grow, and by how much of it is rows still alive: with autovacuum off (as on these
 * machines) the rows a closed case leaves behind in the runtime tables stay on disk until a vacuum, so the database's
 * growth is more than what a case keeps.
 */
final class DatabaseGrowth {

    private record Table(long bytes, long live, long dead) {
    }

    private final LoaderEngine loader;
    private final Map<String, Table> before;

    DatabaseGrowth(LoaderEngine loader) {
        this.loader = loader;
        this.before = tables();
    }

    /** Prints the tables that grew most since this was made, per closed case. */
    void print(long cases, int top) {
        Map<String, Table> after = tables();
        System.out.printf("%nwhat a closed case wrote, per case (table with its indexes; rows inserted and still alive,"
                + " rows dead until a vacuum):%n| table | kB | live rows | dead rows |%n|---|---|---|---|%n");
        after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), minus(entry.getValue(), before.get(entry.getKey()))))
                .filter(entry -> entry.getValue().bytes() > 0)
                .sorted((a, b) -> Long.compare(b.getValue().bytes(), a.getValue().bytes()))
                .limit(top)
                .forEach(entry -> System.out.printf("| %s | %.1f | %.1f | %.1f |%n", entry.getKey(),
                        entry.getValue().bytes() / 1024.0 / cases, (double) entry.getValue().live() / cases,
                        (double) entry.getValue().dead() / cases));
        System.out.println();
    }

    private static Table minus(Table after, Table before) {
        return before == null ? after
                : new Table(after.bytes() - before.bytes(), after.live() - before.live(), after.dead() - before.dead());
    }

    private Map<String, Table> tables() {
        loader.jdbc.execute("ANALYZE");
        List<Map<String, Object>> rows = loader.jdbc.queryForList("""
                SELECT relname, pg_total_relation_size(relid) AS bytes, n_live_tup AS live, n_dead_tup AS dead
                FROM pg_stat_user_tables""");
        Map<String, Table> tables = new HashMap<>();
        rows.forEach(row -> tables.put((String) row.get("relname"), new Table(((Number) row.get("bytes")).longValue(),
                ((Number) row.get("live")).longValue(), ((Number) row.get("dead")).longValue())));
        return tables;
    }
}
