package cn.grassroots.cases.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;

/**
 * The open cases that are warned or overdue, or whose deadline timer the engine has stopped, from the case watch
 * table (unit names from the organisation).
 */
@Service
class OverdueBoard {

    /**
     * Open, and warned, overdue or with a stopped deadline timer. The stopped timers are asked as a set ({@code IN}), which
     * PostgreSQL reads once into a hash, not once per open case ({@code EXISTS}: 110 ms more at 100,000 open cases).
     * {@link BoardCounts} counts the same rows in two parts (warned or overdue; only stopped), for its index.
     */
    static final String ON_BOARD = """
            w.closed_at IS NULL AND (w.overdue = TRUE OR w.warning = TRUE
                  OR w.process_instance_id IN (SELECT s.process_instance_id FROM stopped_timer s))
            """;
    private static final String FILTERS = """
              AND (CAST(? AS VARCHAR(64)) IS NULL OR w.responsible_unit = ?)
              AND (CAST(? AS INTEGER) IS NULL OR w.escalation_level = ?)
            """;

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final BoardCounts counts;

    OverdueBoard(JdbcTemplate jdbc, WorkingCalendar calendar, BoardCounts counts) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.counts = counts;
    }

    /** The whole board, every row (the API's first form; the Cockpit page reads {@link #page}). */
    List<OverdueCase> list(String unit, Integer level) {
        return rows(unit, level, "", List.of());
    }

    /**
     * One page of the board, most overdue first, with what the page's head shows whatever the page: how many cases are
     * overdue, warned or have a stopped timer, and those counts per unit (from {@link BoardCounts}).
     */
    OverdueBoardPage page(String unit, Integer level, int firstResult, int maxResults) {
        BoardCounts.Counts board = counts.current();
        List<OverdueBoardPage.UnitCount> units = board.perUnit();
        return new OverdueBoardPage(board.total(unit, level), firstResult, maxResults,
                units.stream().mapToLong(OverdueBoardPage.UnitCount::overdue).sum(),
                units.stream().mapToLong(OverdueBoardPage.UnitCount::warned).sum(),
                units.stream().mapToLong(OverdueBoardPage.UnitCount::stopped).sum(), units,
                rows(unit, level, " LIMIT ? OFFSET ?", List.of(maxResults, firstResult)));
    }

    private List<OverdueCase> rows(String unit, Integer level, String limit, List<Object> limitArguments) {
        LocalDate today = calendar.today();
        List<Object> arguments = new java.util.ArrayList<>(java.util.Arrays.asList(unit, unit, level, level));
        arguments.addAll(limitArguments);
        return jdbc.query("""
                SELECT w.process_instance_id, w.case_number, w.title, w.responsible_unit, u.name AS unit_name,
                       w.stage, w.due_date, w.warning, w.overdue, w.escalation_level,
                       (SELECT MIN(s.timer_name) FROM stopped_timer s
                        WHERE s.process_instance_id = w.process_instance_id) AS stopped_timer, l.visit_number
                FROM case_watch w LEFT JOIN org_unit u ON u.group_id = w.responsible_unit
                LEFT JOIN case_ledger l ON l.process_instance_id = w.process_instance_id
                WHERE\s""" + ON_BOARD + FILTERS + """
                ORDER BY w.due_date, w.case_number""" + limit,
                (rs, n) -> {
                    Date due = rs.getDate("due_date");
                    String unitId = rs.getString("responsible_unit");
                    long daysOverdue = due == null ? 0
                            : Math.max(0, ChronoUnit.DAYS.between(due.toLocalDate(), today));
                    return new OverdueCase(rs.getString("case_number"), rs.getString("process_instance_id"),
                            rs.getString("title"), unitId,
                            rs.getString("unit_name") == null ? unitId : rs.getString("unit_name"),
                            rs.getString("stage"), due == null ? null : due.toLocalDate().toString(), daysOverdue,
                            rs.getBoolean("warning"), rs.getBoolean("overdue"), rs.getInt("escalation_level"),
                            rs.getString("stopped_timer"), rs.getString("visit_number"));
                },
                arguments.toArray());
    }
}
