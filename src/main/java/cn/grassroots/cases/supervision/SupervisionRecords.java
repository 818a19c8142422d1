package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseInput;

/**
 * Writes the escalation log and the case watch (the overdue board's table) in the engine's transaction, so they
 * change exactly when the process does.
 */
@Component
class SupervisionRecords {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final BoardChanges board;

    SupervisionRecords(JdbcTemplate jdbc, ApplicationEventPublisher events, BoardChanges board) {
        this.jdbc = jdbc;
        this.events = events;
        this.board = board;
    }

    /** Records a step once per case, kind and deadline (a timer re-created for the same deadline adds nothing). */
    void event(DelegateExecution execution, EscalationKind kind, int level, LocalDate dueDate) {
        int recorded = jdbc.update("""
                INSERT INTO escalation_event (process_instance_id, case_number, kind, escalation_level,
                                              responsible_unit, due_date, occurred_at)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM escalation_event
                    WHERE process_instance_id = ? AND kind = ? AND due_date = ?)""",
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), kind.name(), level,
                execution.getVariable(RESPONSIBLE_UNIT), Date.valueOf(dueDate), now(),
                execution.getProcessInstanceId(), kind.name(), Date.valueOf(dueDate));
        if (recorded > 0) {
            events.publishEvent(new CaseEscalated(execution.getProcessInstanceId(), kind, level));
        }
    }

    /** The case entered a stage with a deadline: its watch row shows that stage, deadline and flags. */
    void watch(DelegateExecution execution, String stage, LocalDate dueDate) {
        int updated = writeWatch("""
                UPDATE case_watch SET title = ?, responsible_unit = ?, stage = ?, due_date = ?, warning = ?,
                                      overdue = ?, escalation_level = ?, updated_at = ?, closed_at = NULL
                WHERE process_instance_id = ?""",
                title(execution), execution.getVariable(RESPONSIBLE_UNIT), stage, Date.valueOf(dueDate),
                flag(execution, WARNING), flag(execution, OVERDUE), CaseInput.count(execution, ESCALATION_LEVEL),
                now(), execution.getProcessInstanceId());
        if (updated == 0) {
            try {
                writeWatch("""
                        INSERT INTO case_watch (process_instance_id, case_number, title, responsible_unit, stage,
                                                due_date, warning, overdue, escalation_level, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        execution.getProcessInstanceId(), execution.getProcessBusinessKey(), title(execution),
                        execution.getVariable(RESPONSIBLE_UNIT), stage, Date.valueOf(dueDate),
                        flag(execution, WARNING), flag(execution, OVERDUE),
                        CaseInput.count(execution, ESCALATION_LEVEL), now());
            } catch (DuplicateKeyException concurrently) {
                // the same step of the same case was taken at the same moment in another transaction (two people
                // completed one task): this one loses, as the engine's own optimistic locking would decide
                throw new OptimisticLockingException("case " + execution.getProcessBusinessKey()
                        + " was changed by another transaction at the same time");
            }
        }
    }

    /** 退单: the row no longer names the unit that returned the case, nor its deadline and flags. */
    void returnedForSorting(DelegateExecution execution) {
        writeWatch("""
                UPDATE case_watch SET responsible_unit = NULL, stage = ?, due_date = NULL, warning = FALSE,
                                      overdue = FALSE, escalation_level = 0, updated_at = ?
                WHERE process_instance_id = ?""", CaseWatch.STAGE_SORT, now(), execution.getProcessInstanceId());
    }

    /** The flags changed (warned, overdue, escalated). */
    void updateFlags(DelegateExecution execution) {
        writeWatch("""
                UPDATE case_watch SET warning = ?, overdue = ?, escalation_level = ?, updated_at = ?
                WHERE process_instance_id = ?""",
                flag(execution, WARNING), flag(execution, OVERDUE), CaseInput.count(execution, ESCALATION_LEVEL),
                now(), execution.getProcessInstanceId());
    }

    /** The deadline of the stage the case is in was counted again. */
    void deadlineMoved(String processInstanceId, String stage, LocalDate dueDate) {
        writeWatch("UPDATE case_watch SET due_date = ?, updated_at = ? WHERE process_instance_id = ? AND stage = ?",
                Date.valueOf(dueDate), now(), processInstanceId, stage);
    }

    /** An approved extension with its reason: the reporter is told both (信访 rules). */
    void extension(DelegateExecution execution, int days, String reason, LocalDate previousDue, LocalDate due) {
        jdbc.update("""
                INSERT INTO case_extension (case_number, days, reason, previous_due_date, due_date, approved_at)
                VALUES (?, ?, ?, ?, ?, ?)""", execution.getProcessBusinessKey(), days, reason, Date.valueOf(previousDue),
                Date.valueOf(due), now());
    }

    void stage(String processInstanceId, String stage, LocalDate dueDate) {
        writeWatch("UPDATE case_watch SET stage = ?, due_date = ?, updated_at = ? WHERE process_instance_id = ?", stage,
                Date.valueOf(dueDate), now(), processInstanceId);
    }

    void rekey(String previousProcessInstanceId, String processInstanceId) {
        writeWatch("UPDATE case_watch SET process_instance_id = ?, updated_at = ? WHERE process_instance_id = ?",
                processInstanceId, now(), previousProcessInstanceId);
    }

    void close(DelegateExecution execution) {
        writeWatch("UPDATE case_watch SET closed_at = ?, updated_at = ? WHERE process_instance_id = ?",
                now(), now(), execution.getProcessInstanceId());
    }

    /** Writes the case watch: the board's counts are taken again once this transaction ends. */
    private int writeWatch(String sql, Object... arguments) {
        board.changed();
        return jdbc.update(sql, arguments);
    }

    private static String title(DelegateExecution execution) {
        return String.valueOf(execution.getVariable(TITLE));
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
