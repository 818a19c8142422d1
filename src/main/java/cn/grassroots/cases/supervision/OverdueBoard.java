package cn.grassroots.cases.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.handling.HandlingCalendar;

/** The open cases that are warned or overdue, from the case watch table, most overdue first. */
@Service
class OverdueBoard {

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final HandlingCalendar calendar;

    OverdueBoard(JdbcTemplate jdbc, IdentityService identityService, HandlingCalendar calendar) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.calendar = calendar;
    }

    List<OverdueCase> list(String unit, Integer level) {
        LocalDate today = calendar.today();
        Map<String, String> unitNames = identityService.createGroupQuery().list().stream()
                .collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
        return jdbc.query("""
                SELECT process_instance_id, case_number, title, responsible_unit, stage, due_date, warning, overdue,
                       escalation_level
                FROM case_watch
                WHERE closed_at IS NULL AND (overdue = TRUE OR warning = TRUE)
                  AND (CAST(? AS VARCHAR(64)) IS NULL OR responsible_unit = ?)
                  AND (CAST(? AS INTEGER) IS NULL OR escalation_level = ?)
                ORDER BY due_date, case_number""",
                (rs, n) -> {
                    Date due = rs.getDate("due_date");
                    String unitId = rs.getString("responsible_unit");
                    long daysOverdue = due == null ? 0
                            : Math.max(0, ChronoUnit.DAYS.between(due.toLocalDate(), today));
                    return new OverdueCase(rs.getString("case_number"), rs.getString("process_instance_id"),
                            rs.getString("title"), unitId, unitNames.getOrDefault(unitId, unitId),
                            rs.getString("stage"), due == null ? null : due.toLocalDate().toString(), daysOverdue,
                            rs.getBoolean("warning"), rs.getBoolean("overdue"), rs.getInt("escalation_level"));
                },
                unit, unit, level, level);
    }
}
