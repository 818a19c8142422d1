package cn.grassroots.cases.supervision;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many open cases the overdue board holds, by unit, level and state, counted in one query and kept until this
 * node changes the board or {@value #FRESH_MILLIS} ms (of the engine's clock) have passed: the board's head and its
 * unit buttons show the whole board on every page, and at a county's volume counting it anew for every page a
 * supervisor turns costs more than the page (ADR 0002, addendum). Another node's changes show within that time.
 */
@Component
class BoardCounts {

    static final long FRESH_MILLIS = 5_000;

    /** Open cases of one unit at one level in one state; {@code warned} means warned and not (yet) overdue. */
    record Cell(String unit, String unitName, int level, boolean overdue, boolean warned, boolean stopped,
            long cases) {
    }

    /** The whole board counted at one moment. */
    record Counts(List<Cell> cells) {

        /** The board's rows of a unit at a level (either null: any). */
        long total(String unit, Integer level) {
            return cells.stream()
                    .filter(cell -> (unit == null || unit.equals(cell.unit()))
                            && (level == null || level == cell.level()))
                    .mapToLong(Cell::cases).sum();
        }

        /** Overdue, warned and stopped cases per unit, most overdue first. */
        List<OverdueBoardPage.UnitCount> perUnit() {
            Map<String, OverdueBoardPage.UnitCount> units = new HashMap<>();
            for (Cell cell : cells) {
                units.merge(cell.unit(), new OverdueBoardPage.UnitCount(cell.unit(), cell.unitName(),
                        cell.overdue() ? cell.cases() : 0, cell.warned() ? cell.cases() : 0,
                        cell.stopped() ? cell.cases() : 0),
                        (a, b) -> new OverdueBoardPage.UnitCount(a.unit(), a.unitName(), a.overdue() + b.overdue(),
                                a.warned() + b.warned(), a.stopped() + b.stopped()));
            }
            return units.values().stream()
                    .sorted(Comparator.comparingLong(OverdueBoardPage.UnitCount::overdue).reversed()
                            .thenComparing(OverdueBoardPage.UnitCount::unit,
                                    Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
        }
    }

    private record Snapshot(Counts counts, long generation, long takenAt) {
    }

    private final JdbcTemplate jdbc;
    private final BoardChanges changes;
    private volatile Snapshot snapshot;

    BoardCounts(JdbcTemplate jdbc, BoardChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    Counts current() {
        long now = ClockUtil.getCurrentTime().getTime();
        long generation = changes.generation();
        Snapshot last = snapshot;
        if (last == null || last.generation() != generation || now - last.takenAt() >= FRESH_MILLIS
                || now < last.takenAt()) {
            last = new Snapshot(new Counts(count()), generation, now);
            snapshot = last;
        }
        return last.counts();
    }

    private List<Cell> count() {
        // the board's rows: late or warned (an index of them alone, V28), and those only a stopped timer puts there
        return jdbc.query("""
                SELECT c.responsible_unit, u.name AS unit_name, c.escalation_level, c.overdue, c.warning, c.stopped,
                       c.cases
                FROM (SELECT b.responsible_unit, b.escalation_level, b.overdue, b.warning, b.stopped,
                             COUNT(*) AS cases
                      FROM (SELECT w.responsible_unit, w.escalation_level, w.overdue, w.warning,
                                   CASE WHEN w.process_instance_id IN (SELECT s.process_instance_id FROM stopped_timer s)
                                        THEN 1 ELSE 0 END AS stopped
                            FROM case_watch w
                            WHERE w.closed_at IS NULL AND (w.overdue = TRUE OR w.warning = TRUE)
                            UNION ALL
                            SELECT w.responsible_unit, w.escalation_level, w.overdue, w.warning, 1
                            FROM case_watch w
                            WHERE w.closed_at IS NULL AND w.overdue = FALSE AND w.warning = FALSE
                              AND w.process_instance_id IN (SELECT s.process_instance_id FROM stopped_timer s)) b
                      GROUP BY b.responsible_unit, b.escalation_level, b.overdue, b.warning, b.stopped) c
                LEFT JOIN org_unit u ON u.group_id = c.responsible_unit""",
                (rs, n) -> {
                    String unit = rs.getString("responsible_unit");
                    boolean overdue = rs.getBoolean("overdue");
                    return new Cell(unit, rs.getString("unit_name") == null ? unit : rs.getString("unit_name"),
                            rs.getInt("escalation_level"), overdue, !overdue && rs.getBoolean("warning"),
                            rs.getInt("stopped") == 1, rs.getLong("cases"));
                });
    }
}
