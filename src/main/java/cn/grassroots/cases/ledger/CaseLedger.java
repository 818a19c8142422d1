package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDeadlineMoved;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.CasePaused;
import cn.grassroots.cases.handling.CaseReopened;
import cn.grassroots.cases.numbering.AtCommandEnd;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Organization.UnitKind;
import cn.grassroots.cases.supervision.CaseEscalated;

/**
 * 问题清单 / 成果转化台账: writes a case's row of {@code case_ledger} (and its handovers in {@code case_handover}) at
 * each step, called by the issue process's listeners ({@code ${caseLedger.registered(execution)}} …), so the row
 * changes in the transaction that takes the step and the assessment counts rows, never the engine's history.
 */
@Component("caseLedger")
public class CaseLedger {

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;

    CaseLedger(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
    }

    /** The case was registered (after the registration was checked and numbered). */
    public void registered(DelegateExecution execution) {
        if (execution.getVariable(CASE_NUMBER) == null) {
            // the number is taken at the end of the start (RegistrationListener, deferred before this): the row after it
            AtCommandEnd.run(() -> insertRegistered(execution));
        } else {
            insertRegistered(execution);
        }
    }

    private void insertRegistered(DelegateExecution execution) {
        String place = text(execution, PLACE);
        jdbc.update("""
                INSERT INTO case_ledger (process_instance_id, case_number, title, channel, category, urgency, location,
                                         place, town, visit_number, cadre, accusation, resolved_on_spot,
                                         registered_by, registered_at, status, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT cadre FROM visit_register WHERE visit_number = ?),
                        ?, ?, ?, ?, 'TO_SORT', ?)""",
                execution.getProcessInstanceId(), execution.getVariable(CASE_NUMBER), execution.getVariable(TITLE),
                execution.getVariable(CHANNEL), execution.getVariable(CATEGORY), execution.getVariable(URGENCY),
                execution.getVariable(LOCATION), place, townOf(place), execution.getVariable(VISIT_NUMBER),
                execution.getVariable(VISIT_NUMBER), flag(execution, ACCUSATION), flag(execution, RESOLVED_ON_SPOT),
                execution.getVariable(REGISTERED_BY), now(), now());
    }

    /** The case waits for the dispatch office to sort it (again, after a unit returned it). */
    public void toSort(DelegateExecution execution) {
        status(execution, "TO_SORT");
    }

    /** The dispatch office gave the case to a unit: unit, person, path and deadlines as they stand now. */
    public void sorted(DelegateExecution execution) {
        String place = text(execution, PLACE);
        LocalDate due = date(execution.getVariable(DUE_DATE));
        LocalDate signOffDue = date(execution.getVariable(SIGN_OFF_DUE_DATE));
        jdbc.update("""
                UPDATE case_ledger SET responsible_unit = ?, responsible_person = ?, resolution_path = ?, category = ?,
                                       place = ?, town = ?, due_date = ?, original_due_date = COALESCE(original_due_date, ?),
                                       sign_off_due = ?, sorted_at = ?, status = 'SIGN_OFF', updated_at = ?
                WHERE process_instance_id = ?""",
                execution.getVariable(RESPONSIBLE_UNIT), execution.getVariable(RESPONSIBLE_PERSON),
                execution.getVariable(RESOLUTION_PATH), execution.getVariable(CATEGORY), place, townOf(place),
                sql(due), sql(due), sql(signOffDue), now(), now(), execution.getProcessInstanceId());
        jdbc.update("""
                INSERT INTO case_handover (process_instance_id, case_number, unit, handed_over_at, sign_off_due)
                VALUES (?, ?, ?, ?, ?)""",
                execution.getProcessInstanceId(), execution.getVariable(CASE_NUMBER),
                execution.getVariable(RESPONSIBLE_UNIT), now(), sql(signOffDue));
    }

    /** The unit signed the case off (签收): in time when before the end of its sign-off day. */
    public void signedOff(DelegateExecution execution) {
        boolean onTime = signOffOnTime(execution);
        answerHandover(execution, "ACCEPTED", onTime);
        jdbc.update("""
                UPDATE case_ledger SET signed_off_at = ?, signed_off_on_time = ?, status = 'RESOLVING', updated_at = ?
                WHERE process_instance_id = ?""", now(), onTime, now(), execution.getProcessInstanceId());
    }

    /** The unit returned the case (退单) for sorting again. */
    public void returned(DelegateExecution execution) {
        answerHandover(execution, "RETURNED", signOffOnTime(execution));
        jdbc.update("""
                UPDATE case_ledger SET return_count = return_count + 1, status = 'TO_SORT', updated_at = ?
                WHERE process_instance_id = ?""", now(), execution.getProcessInstanceId());
    }

    /** The unit works on the case (after sign-off, a send-back or a reopen): the deadline as it stands. */
    public void resolving(DelegateExecution execution) {
        jdbc.update("UPDATE case_ledger SET status = 'RESOLVING', due_date = ?, updated_at = ? WHERE process_instance_id = ?",
                sql(date(execution.getVariable(DUE_DATE))), now(), execution.getProcessInstanceId());
    }

    /** The deadline moved by an approved extension: the days granted over the case's life add up. */
    public void extended(DelegateExecution execution) {
        jdbc.update("""
                UPDATE case_ledger SET due_date = ?, extension_days = extension_days + ?, updated_at = ?
                WHERE process_instance_id = ?""",
                sql(date(execution.getVariable(DUE_DATE))), CaseInput.count(execution, EXTENSION_DAYS), now(),
                execution.getProcessInstanceId());
    }

    /** The unit submitted its resolution (who, when, in time or not) for the dispatch office's review. */
    public void resolutionSubmitted(DelegateExecution execution) {
        LocalDate due = date(execution.getVariable(DUE_DATE));
        boolean onTime = due == null || !ClockUtil.getCurrentTime().after(calendar.endOf(due));
        var person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        jdbc.update("""
                UPDATE case_ledger SET resolved_at = ?, resolved_on_time = ?, resolved_by = ?, status = 'REVIEW',
                                       updated_at = ?
                WHERE process_instance_id = ?""",
                now(), onTime, person == null ? null : person.getUserId(), now(), execution.getProcessInstanceId());
    }

    /** The dispatch office approved the resolution: the case goes to the callback. */
    public void approved(DelegateExecution execution) {
        jdbc.update("UPDATE case_ledger SET reviewed_at = ?, updated_at = ? WHERE process_instance_id = ?", now(), now(),
                execution.getProcessInstanceId());
    }

    /** The dispatch office sent the resolution back to the unit (退回重办). */
    public void sentBack(DelegateExecution execution) {
        jdbc.update("""
                UPDATE case_ledger SET send_back_count = send_back_count + 1, updated_at = ? WHERE process_instance_id = ?""",
                now(), execution.getProcessInstanceId());
    }

    /** The case waits for the callback to the reporter (after review, or at once when solved on the spot). */
    public void toCallback(DelegateExecution execution) {
        status(execution, "CALLBACK");
    }

    /** The reporter rated the handling at the callback (the latest rating counts). */
    public void rated(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        jdbc.update("""
                UPDATE case_ledger SET satisfaction = ?, callback_at = ?, updated_at = ? WHERE process_instance_id = ?""",
                execution.getVariable(SATISFACTION), now(), now(), execution.getProcessInstanceId());
    }

    /** The reporter was not satisfied and the case is handled again (重办), with a new deadline. */
    public void reopened(DelegateExecution execution) {
        jdbc.update("""
                UPDATE case_ledger SET reopen_count = reopen_count + 1, due_date = ?, updated_at = ?
                WHERE process_instance_id = ?""",
                sql(date(execution.getVariable(DUE_DATE))), now(), execution.getProcessInstanceId());
    }

    /**
     * 回头看未通过: the case closed as resolved was found not solved and is handled again by its unit in a new process
     * instance; its one row follows it, is open again and keeps the mark 虚假办结 for the unit's rates.
     */
    @EventListener
    void reopened(CaseReopened reopened) {
        if (reopened.why() == CaseReopened.Why.UNMERGED) {
            // 并单 undone: the case is its own matter again, waiting to be sorted
            jdbc.update("""
                    UPDATE case_ledger SET process_instance_id = ?, status = 'TO_SORT', outcome = NULL, closed_at = NULL,
                                           merged_into = NULL, updated_at = ?
                    WHERE case_number = ?""", reopened.processInstanceId(), now(), reopened.caseNumber());
            return;
        }
        int updated = jdbc.update("""
                UPDATE case_ledger SET process_instance_id = ?, status = 'RESOLVING', outcome = NULL, closed_at = NULL,
                                       satisfaction = NULL, false_closure = TRUE, updated_at = ?
                WHERE case_number = ? AND closed_at IS NOT NULL""", reopened.processInstanceId(), now(),
                reopened.caseNumber());
        if (updated == 0) {
            // two findings reopened the case at the same moment: the row lock let one through, this one loses (and
            // its 回头看 can be submitted again, finding the case open)
            throw new OptimisticLockingException("case " + reopened.caseNumber()
                    + " was reopened by another transaction at the same time");
        }
    }

    /** 中止计时: the case waits with its clock stopped (已中止), or is handled again with its deadline moved. */
    @EventListener
    void paused(CasePaused pause) {
        jdbc.update("UPDATE case_ledger SET status = ?, due_date = ?, updated_at = ? WHERE process_instance_id = ?",
                pause.paused() ? "PAUSED" : "RESOLVING", sql(pause.dueDate()), now(), pause.processInstanceId());
    }

    /** The case ended (after {@code caseClosure} set its outcome). */
    public void closed(DelegateExecution execution) {
        jdbc.update("""
                UPDATE case_ledger SET outcome = ?, closed_at = ?, status = 'CLOSED', updated_at = ?
                WHERE process_instance_id = ?""",
                execution.getVariable(OUTCOME), now(), now(), execution.getProcessInstanceId());
    }

    /** A step of the escalation ladder was taken: the highest level and the counts of 督办, 挂牌 and 通报. */
    @EventListener
    void escalated(CaseEscalated step) {
        String counter = switch (step.kind()) {
            case SIGN_OFF_OVERDUE, OVERDUE -> "supervise_count";
            case LEADER_ESCALATION -> "leader_count";
            case PUBLIC_NOTICE -> "notice_count";
            default -> null;
        };
        jdbc.update("UPDATE case_ledger SET highest_level = CASE WHEN highest_level < ? THEN ? ELSE highest_level END"
                + (counter == null ? "" : ", " + counter + " = " + counter + " + 1")
                + ", updated_at = ? WHERE process_instance_id = ?",
                step.level(), step.level(), now(), step.processInstanceId());
    }

    /** A deadline was counted again (a holiday calendar arrived). */
    @EventListener
    void deadlineMoved(CaseDeadlineMoved moved) {
        String column = moved.stage() == CaseDeadlineMoved.Stage.RESOLVE ? "due_date" : "sign_off_due";
        jdbc.update("UPDATE case_ledger SET " + column + " = ?, updated_at = ? WHERE process_instance_id = ?",
                sql(moved.dueDate()), now(), moved.processInstanceId());
    }

    private void answerHandover(DelegateExecution execution, String answer, boolean onTime) {
        jdbc.update("""
                UPDATE case_handover SET answered_at = ?, answer = ?, on_time = ?
                WHERE process_instance_id = ? AND answered_at IS NULL""",
                now(), answer, onTime, execution.getProcessInstanceId());
    }

    private boolean signOffOnTime(DelegateExecution execution) {
        LocalDate due = date(execution.getVariable(SIGN_OFF_DUE_DATE));
        return due == null || !ClockUtil.getCurrentTime().after(calendar.endOf(due));
    }

    private void status(DelegateExecution execution, String status) {
        jdbc.update("UPDATE case_ledger SET status = ?, updated_at = ? WHERE process_instance_id = ?", status, now(),
                execution.getProcessInstanceId());
    }

    /** The town a place belongs to (a village's town, a town itself), for the town × category tables. */
    private String townOf(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        return directory.unit(place)
                .map(unit -> unit.kind() == UnitKind.VILLAGE && unit.parentId() != null ? unit.parentId() : unit.id())
                .orElse(place);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static boolean flag(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }

    static LocalDate date(Object value) {
        return value == null || value.toString().length() < 10 ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
