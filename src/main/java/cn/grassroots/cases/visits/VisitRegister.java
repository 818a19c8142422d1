package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.visits.GrassrootsVisitProcess.Stage;

/**
 * 下基层活动台账: writes a visit's row of {@code visit_register} (and its {@code visit_event}s) in the transaction of
 * each step of the visit process, so the API, the quota review and the assessment read it without the engine.
 */
@Component("visitRegister")
public class VisitRegister {

    /** Steps of the supervision ladder kept for the assessment. */
    enum Event {
        REMINDED, OVERDUE, REPORT_OVERDUE, SUPERVISED, REPORT_SUPERVISED
    }

    /** How the issues raised on a visit ended. */
    record Results(int raised, int solvedOnSpot, int resolved, int closedUnresolved, int satisfied,
            int basicallySatisfied, int dissatisfied) {
    }

    private final JdbcTemplate jdbc;

    VisitRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The visit was planned (after {@code visitPlanning} checked and numbered it). */
    public void planned(DelegateExecution execution) {
        jdbc.update("""
                INSERT INTO visit_register (visit_number, process_instance_id, cadre, cadre_rank, visit_type,
                    planned_date, place, theme, accompanying_units, unannounced, planned_by, planned_at, stage,
                    reminded, overdue, report_overdue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE)""",
                execution.getVariable(VISIT_NUMBER), execution.getProcessInstanceId(), execution.getVariable(CADRE),
                execution.getVariable(CADRE_RANK), execution.getVariable(VISIT_TYPE),
                date(execution.getVariable(PLANNED_DATE)), execution.getVariable(PLACE), execution.getVariable(THEME),
                execution.getVariable(ACCOMPANYING_UNITS), Boolean.TRUE.equals(execution.getVariable(UNANNOUNCED)),
                execution.getVariable(PLANNED_BY), now(), Stage.PLANNED.name());
    }

    void carriedOut(DelegateExecution execution, LocalDate actualDate, int peopleMet, LocalDate reportDue) {
        jdbc.update("""
                UPDATE visit_register SET stage = ?, actual_date = ?, people_met = ?, carried_out_at = ?, report_due = ?
                WHERE visit_number = ?""",
                Stage.AWAITING_REPORT.name(), Date.valueOf(actualDate), peopleMet, now(), Date.valueOf(reportDue),
                visitNumber(execution));
    }

    void reported(DelegateExecution execution) {
        jdbc.update("UPDATE visit_register SET stage = ?, report_filed_at = ? WHERE visit_number = ?",
                Stage.FOLLOWING_RESULTS.name(), now(), visitNumber(execution));
    }

    /** A step of the ladder: its flag on the register, and the event once. */
    void event(DelegateExecution execution, Event event) {
        String column = switch (event) {
            case REMINDED -> "reminded";
            case OVERDUE -> "overdue";
            case REPORT_OVERDUE -> "report_overdue";
            default -> null;
        };
        if (column != null) {
            jdbc.update("UPDATE visit_register SET " + column + " = TRUE WHERE visit_number = ?", visitNumber(execution));
        }
        jdbc.update("""
                INSERT INTO visit_event (visit_number, kind, occurred_at)
                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM visit_event WHERE visit_number = ? AND kind = ?)""",
                visitNumber(execution), event.name(), now(), visitNumber(execution), event.name());
    }

    void closed(DelegateExecution execution, Results results) {
        jdbc.update("""
                UPDATE visit_register SET stage = ?, closed_at = ?, issues_raised = ?, solved_on_spot = ?, resolved = ?,
                    closed_unresolved = ?, satisfied = ?, basically_satisfied = ?, dissatisfied = ?
                WHERE visit_number = ?""",
                Stage.CLOSED.name(), now(), results.raised(), results.solvedOnSpot(), results.resolved(),
                results.closedUnresolved(), results.satisfied(), results.basicallySatisfied(), results.dissatisfied(),
                visitNumber(execution));
    }

    private static String visitNumber(DelegateExecution execution) {
        return (String) execution.getVariable(VISIT_NUMBER);
    }

    private static Date date(Object value) {
        return Date.valueOf(LocalDate.parse(value.toString().substring(0, 10)));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
