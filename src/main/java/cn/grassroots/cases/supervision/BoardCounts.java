package cn.grassroots.cases.supervision;

import java.util.List;

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

    private record Snapshot(List<Cell> cells, long generation, long takenAt) {
    }

    private final JdbcTemplate jdbc;
    private final BoardChanges changes;
    private volatile Snapshot snapshot;

    BoardCounts(JdbcTemplate jdbc, BoardChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    List<Cell> cells() {
        long now = ClockUtil.getCurrentTime().getTime();
        long generation = changes.generation();
        Snapshot last = snapshot;
        if (last == null || last.generation() != generation || now - last.takenAt() >= FRESH_MILLIS
                || now < last.takenAt()) {
            last = new Snapshot(count(), generation, now);
            snapshot = last;
        }
        return last.cells();
    }

    private List<Cell> count() {
        return jdbc.query("""
                SELECT b.responsible_unit, MAX(u.name) AS unit_name, b.escalation_level, b.overdue, b.warning,
                       b.stopped, COUNT(*) AS cases
                FROM (SELECT w.responsible_unit, w.escalation_level, w.overdue, w.warning,
                             CASE WHEN EXISTS (SELECT 1 FROM stopped_timer s
                                               WHERE s.process_instance_id = w.process_instance_id)
                                  THEN 1 ELSE 0 END AS stopped
                      FROM case_watch w WHERE\s""" + OverdueBoard.ON_BOARD + """
                     ) b LEFT JOIN org_unit u ON u.group_id = b.responsible_unit
                GROUP BY b.responsible_unit, b.escalation_level, b.overdue, b.warning, b.stopped""",
                (rs, n) -> {
                    String unit = rs.getString("responsible_unit");
                    boolean overdue = rs.getBoolean("overdue");
                    return new Cell(unit, rs.getString("unit_name") == null ? unit : rs.getString("unit_name"),
                            rs.getInt("escalation_level"), overdue, !overdue && rs.getBoolean("warning"),
                            rs.getInt("stopped") == 1, rs.getLong("cases"));
                });
    }
}
