package cn.grassroots.cases.petition;

import static cn.grassroots.cases.petition.PetitionReviewProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.CurrentUser;
import cn.grassroots.cases.petition.PetitionReviewProcess.Stage;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * The steps of a 复查 or 复核 request: admission by the policy's windows (refused with the reason after the window, a
 * second 复查, a 复核 without a decided 复查, or anything after 复核), the reviewing organ's decision within its limit,
 * late → marked and 督办. Each request is kept in {@code petition_review}, linked to the case and to its 复查.
 */
@Component("petitionReviews")
public class PetitionReviews {

    /** Whether a request is admitted, and why not. */
    record Admission(boolean admissible, String refusalReason, String previousReview, PetitionReviewPolicy.Rule rule) {
    }

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final PetitionReviewPolicy policy;
    private final SerialNumbers serialNumbers;
    private final CaseReopening cases;
    private final Directory directory;

    PetitionReviews(JdbcTemplate jdbc, WorkingCalendar calendar, PetitionReviewPolicy policy,
            SerialNumbers serialNumbers, CaseReopening cases, Directory directory) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.policy = policy;
        this.serialNumbers = serialNumbers;
        this.cases = cases;
        this.directory = directory;
    }

    /**
     * Checks a request: a case that is not a closed petition, or a request dated in the future, is bad input (400,
     * nothing starts); a request out of the rules is admitted or refused with the reason.
     */
    Admission admit(String caseNumber, Stage stage, LocalDate requestedOn) {
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT channel, closed_at FROM case_ledger WHERE case_number = ?", caseNumber);
        if (found.isEmpty()) {
            throw new InvalidCaseInputException(CASE_NUMBER, Code.UNKNOWN_VALUE, "没有编号为“" + caseNumber + "”的问题");
        }
        if (!"PETITION".equals(found.get(0).get("channel"))) {
            throw new InvalidCaseInputException(CASE_NUMBER, Code.NOT_ALLOWED, "该问题不是信访接待件；复查、复核只适用于信访事项");
        }
        Timestamp closedAt = (Timestamp) found.get(0).get("closed_at");
        if (closedAt == null) {
            throw new InvalidCaseInputException(CASE_NUMBER, Code.NOT_ALLOWED, "该信访事项尚在办理中；复查须在书面答复之后申请");
        }
        if (requestedOn.isAfter(calendar.today())) {
            throw new InvalidCaseInputException(REQUESTED_ON, Code.OUT_OF_RANGE, "不能晚于今天");
        }
        PetitionReviewPolicy.Rule rule = policy.of(stage);
        if (admitted(caseNumber, Stage.RECHECK) != null) {
            return new Admission(false, "该信访事项已经复核，复核意见为最终意见，不再受理。", null, rule);
        }
        if (stage == Stage.REVIEW) {
            if (admitted(caseNumber, Stage.REVIEW) != null) {
                return new Admission(false, "该信访事项已经复查，不能再次请求复查；对复查意见不服的，可请求复核。", null, rule);
            }
            return inWindow(calendar.dayOf(closedAt), requestedOn, rule, "处理意见", null);
        }
        Map<String, Object> review = admitted(caseNumber, Stage.REVIEW);
        if (review == null || review.get("decided_at") == null) {
            return new Admission(false, "请求复核须在复查意见出具之后；该信访事项尚无复查意见。", null, rule);
        }
        return inWindow(calendar.dayOf((Timestamp) review.get("decided_at")), requestedOn, rule, "复查意见",
                (String) review.get("review_number"));
    }

    private Admission inWindow(LocalDate from, LocalDate requestedOn, PetitionReviewPolicy.Rule rule, String what,
            String previous) {
        LocalDate last = calendar.addDays(from, rule.requestWindowDays(), rule.dayType());
        if (requestedOn.isAfter(last)) {
            return new Admission(false, "已超过请求期限：应自收到%s之日起%d日内提出（截至%s），本次请求于%s提出。".formatted(what,
                    rule.requestWindowDays(), last, requestedOn), previous, rule);
        }
        return new Admission(true, null, previous, rule);
    }

    private Map<String, Object> admitted(String caseNumber, Stage stage) {
        return jdbc.queryForList("""
                SELECT review_number, decided_at FROM petition_review WHERE case_number = ? AND stage = ?
                  AND admissible = TRUE ORDER BY registered_at DESC""", caseNumber, stage.name()).stream().findFirst()
                .orElse(null);
    }

    /** 审查请求: numbered, kept, admitted or refused. */
    public void check(DelegateExecution execution) {
        String caseNumber = CaseInput.requiredText(execution, CASE_NUMBER, 32).toUpperCase();
        Stage stage = CaseInput.requiredEnum(execution, STAGE, Stage.class);
        LocalDate requestedOn = CaseInput.requiredDate(execution, REQUESTED_ON);
        String reason = CaseInput.requiredText(execution, REQUEST_REASON, 2000);
        Admission admission = admit(caseNumber, stage, requestedOn);
        String number = serialNumbers.next(SerialNumbers.PETITION_REVIEWS, "FC", calendar.today().getYear());
        LocalDate due = admission.admissible() ? calendar.addDays(calendar.today(), admission.rule().handlingDays(),
                admission.rule().dayType()) : null;
        jdbc.update("""
                INSERT INTO petition_review (review_number, case_number, stage, previous_review, process_instance_id,
                    requested_on, request_reason, admissible, refusal_reason, reviewing_unit, due_date, registered_by,
                    registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", number, caseNumber, stage.name(),
                admission.previousReview(), execution.getProcessInstanceId(), Date.valueOf(requestedOn), reason,
                admission.admissible(), admission.refusalReason(),
                admission.admissible() ? admission.rule().reviewingUnit() : null, due == null ? null : Date.valueOf(due),
                execution.getVariable(REGISTERED_BY), now());
        execution.setProcessBusinessKey(number);
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(REVIEW_NUMBER, number);
        execution.setVariable(STAGE_NAME, stage.label());
        execution.setVariable(ADMISSIBLE, admission.admissible());
        execution.setVariable(REFUSAL_REASON, admission.refusalReason());
        if (admission.admissible()) {
            execution.setVariable(REVIEWING_UNIT, admission.rule().reviewingUnit());
            execution.setVariable(DUE_DATE, due.toString());
            execution.setVariable(ORIGINAL_REPLY, cases.resolutionOf(caseNumber));
            if (admission.previousReview() != null) {
                execution.setVariable(PREVIOUS_OPINION, jdbc.queryForObject(
                        "SELECT opinion FROM petition_review WHERE review_number = ?", String.class,
                        admission.previousReview()));
            }
        }
    }

    public java.util.Date dueAt(DelegateExecution execution) {
        return calendar.endOf(CaseInput.requiredDate(execution, DUE_DATE));
    }

    /** 出具复查（复核）意见 and its 督办: named for the stage; Tasklist shows the case, the request and the deadline. */
    public void reviewTask(DelegateTask task) {
        if (PetitionReviewProcess.Elements.TASK_DECIDE_REVIEW.equals(task.getTaskDefinitionKey())) {
            task.setName("出具" + task.getVariable(STAGE_NAME) + "意见");
        }
        task.setVariableLocal(IssueHandlingProcess.Variables.CASE_NUMBER, task.getVariable(CASE_NUMBER));
        task.setVariableLocal(IssueHandlingProcess.Variables.TITLE, task.getVariable(STAGE_NAME) + "：" + task.getVariable(REVIEW_NUMBER));
        task.setVariableLocal(IssueHandlingProcess.Variables.RESPONSIBLE_UNIT_NAME,
                directory.nameOf((String) task.getVariable(REVIEWING_UNIT)));
        task.setVariableLocal(IssueHandlingProcess.Variables.DUE_DATE, task.getVariable(DUE_DATE));
    }

    /** The organ's opinion: kept with the request; the reporter is told it. */
    public void decided(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Decision decision = CaseInput.requiredEnum(execution, PetitionReviewProcess.Variables.DECISION, Decision.class);
        String opinion = CaseInput.requiredText(execution, OPINION, 4000);
        jdbc.update("""
                UPDATE petition_review SET decision = ?, opinion = ?, decided_by = ?, decided_at = ?
                WHERE review_number = ?""", decision.name(), opinion, CurrentUser.inCommand(), now(),
                execution.getVariable(REVIEW_NUMBER));
    }

    /** The organ let its limit pass. */
    public void overdue(DelegateExecution execution) {
        jdbc.update("UPDATE petition_review SET late = TRUE WHERE review_number = ?",
                execution.getVariable(REVIEW_NUMBER));
    }

    public void supervised(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, SUPERVISE_NOTE, 2000);
        }
    }

    /** 不予受理告知: how the reporter was told. */
    public void informed(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, INFORM_NOTE, 2000);
        }
    }

    public java.util.Date officeDueAt() {
        return calendar.endOf(calendar.addDays(calendar.today(), 2, DayType.WORKING));
    }

    /** The reviewing organ's answer. */
    public enum Decision {
        /** 维持原处理意见. */
        UPHOLD,
        /** 撤销或变更原处理意见，重新处理. */
        REVISE
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
