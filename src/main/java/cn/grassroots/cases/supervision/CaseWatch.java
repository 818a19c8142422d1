package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.DUE_DATE;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.SIGN_OFF_DUE_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseDeadlineMoved;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.CasePaused;
import cn.grassroots.cases.handling.CaseReopened;

/** Called by the process when a case enters a stage with a deadline, and when it closes. */
@Component("caseWatch")
public class CaseWatch {

    public static final String STAGE_SIGN_OFF = CaseDeadlineMoved.Stage.SIGN_OFF.name();
    public static final String STAGE_RESOLVE = CaseDeadlineMoved.Stage.RESOLVE.name();
    /** 已中止: in 办理 with the clock stopped. */
    public static final String STAGE_PAUSED = "PAUSED";
    /** 退单: with the dispatch office to be sorted again, no unit and no deadline. */
    public static final String STAGE_SORT = "SORT";

    private final SupervisionRecords records;

    CaseWatch(SupervisionRecords records) {
        this.records = records;
    }

    public void enterSignOff(DelegateExecution execution) {
        records.watch(execution, STAGE_SIGN_OFF, CaseInput.requiredDate(execution, SIGN_OFF_DUE_DATE));
    }

    public void enterResolution(DelegateExecution execution) {
        records.watch(execution, STAGE_RESOLVE, CaseInput.requiredDate(execution, DUE_DATE));
    }

    /** 退单: back with the dispatch office, no unit's deadline runs until it is sorted again. */
    public void returned(DelegateExecution execution) {
        records.returnedForSorting(execution);
    }

    public void closed(DelegateExecution execution) {
        records.close(execution);
    }

    /** 中止计时: the board shows the case as 已中止 while its clock is stopped, then its moved deadline. */
    @EventListener
    public void paused(CasePaused pause) {
        records.stage(pause.processInstanceId(), pause.paused() ? STAGE_PAUSED : STAGE_RESOLVE, pause.dueDate());
    }

    /** The case was reopened as a new process instance (回头看未通过): its watch row follows it. */
    @EventListener
    public void reopened(CaseReopened reopened) {
        records.rekey(reopened.previousProcessInstanceId(), reopened.processInstanceId());
    }

    /** A deadline was counted again (a holiday calendar arrived): the board shows the new one. */
    @EventListener
    public void deadlineMoved(CaseDeadlineMoved moved) {
        records.deadlineMoved(moved.processInstanceId(), moved.stage().name(), moved.dueDate());
    }
}
