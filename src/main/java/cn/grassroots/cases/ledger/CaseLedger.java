package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 问题清单: writes a case's row of {@code case_ledger} at each step, called by the issue process's listeners
 * ({@code ${caseLedger.registered(execution)}} …), so the row changes in the transaction that takes the step.
 */
@Component("caseLedger")
public class CaseLedger {

    private final JdbcTemplate jdbc;

    CaseLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The case was registered (after the registration was checked and numbered). */
    public void registered(DelegateExecution execution) {
        jdbc.update("""
                INSERT INTO case_ledger (process_instance_id, case_number, title, channel, category, urgency, location,
                                         place, visit_number, accusation, resolved_on_spot, registered_by,
                                         registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                execution.getProcessInstanceId(), execution.getVariable(CASE_NUMBER), execution.getVariable(TITLE),
                execution.getVariable(CHANNEL), execution.getVariable(CATEGORY), execution.getVariable(URGENCY),
                execution.getVariable(LOCATION), execution.getVariable(PLACE), execution.getVariable(VISIT_NUMBER),
                flag(execution, ACCUSATION), flag(execution, RESOLVED_ON_SPOT), execution.getVariable(REGISTERED_BY),
                now());
    }

    /** The dispatch office sorted the case: unit, category and deadline as they stand now. */
    public void sorted(DelegateExecution execution) {
        jdbc.update("""
                UPDATE case_ledger SET responsible_unit = ?, category = ?, place = ?, due_date = ?
                WHERE process_instance_id = ?""",
                execution.getVariable(RESPONSIBLE_UNIT), execution.getVariable(CATEGORY),
                execution.getVariable(PLACE), date(execution.getVariable(DUE_DATE)),
                execution.getProcessInstanceId());
    }

    /** The reporter rated the handling at the callback (the latest rating counts). */
    public void rated(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        jdbc.update("UPDATE case_ledger SET satisfaction = ? WHERE process_instance_id = ?",
                execution.getVariable(SATISFACTION), execution.getProcessInstanceId());
    }

    /** The case ended (after {@code caseClosure} set its outcome). */
    public void closed(DelegateExecution execution) {
        jdbc.update("UPDATE case_ledger SET outcome = ?, closed_at = ? WHERE process_instance_id = ?",
                execution.getVariable(OUTCOME), now(), execution.getProcessInstanceId());
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    private static Date date(Object value) {
        return value == null ? null : Date.valueOf(LocalDate.parse(value.toString().substring(0, 10)));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
