package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 办理: either the unit's reply to the reporter and what it did, or a request for more time (延期), which must
 * come before the deadline, give a reason and stay within what the policy allows in all, or a request to stop the
 * clock (中止计时, {@link CasePauses}).
 */
@Component("resolveCompletion")
class ResolveCompletionListener implements ExecutionListener {

    private final CaseDeadlines deadlines;
    private final CasePauses pauses;

    ResolveCompletionListener(CaseDeadlines deadlines, CasePauses pauses) {
        this.deadlines = deadlines;
        this.pauses = pauses;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (pauses.requested(execution) || "true".equals(execution.getVariable(REQUEST_PAUSE))) {
            pauses.checkRequest(execution, deadlines.overdueAt(execution));
            return;
        }
        if (Boolean.TRUE.equals(execution.getVariable(REQUEST_EXTENSION))) {
            checkExtensionRequest(execution);
            return;
        }
        execution.setVariable(REQUEST_EXTENSION, false);
        CaseInput.requiredText(execution, RESOLUTION, 2000);
        CaseInput.requiredText(execution, MEASURES_TAKEN, 2000);
        execution.setVariable(UNIT_HANDLED, true);
    }

    private void checkExtensionRequest(DelegateExecution execution) {
        Date deadline = deadlines.overdueAt(execution);
        if (ClockUtil.getCurrentTime().after(deadline)) {
            throw new InvalidCaseInputException(REQUEST_EXTENSION, Code.NOT_ALLOWED, "办理期限 "
                    + execution.getVariable(DUE_DATE) + " 已过；延期须在办理期限届满前申请");
        }
        int days = CaseInput.requiredCount(execution, EXTENSION_DAYS);
        int remaining = CaseInput.count(execution, MAX_EXTENSION_DAYS) - CaseInput.count(execution, TOTAL_EXTENSION_DAYS);
        if (days < 1 || days > remaining) {
            throw new InvalidCaseInputException(EXTENSION_DAYS, Code.OUT_OF_RANGE, remaining < 1
                    ? "本案已达延期上限，不能再延期"
                    : "须在 1 到 " + remaining + " 天之间");
        }
        CaseInput.requiredText(execution, EXTENSION_REASON, 500);
        var person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        execution.setVariable(EXTENSION_REQUESTED_BY, person == null ? null : person.getUserId());
    }
}
