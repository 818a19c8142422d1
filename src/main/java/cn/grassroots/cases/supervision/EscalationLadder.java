package cn.grassroots.cases.supervision;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseCard;
import cn.grassroots.cases.handling.CaseInput;

/**
 * The steps the timers take (预警 → 逾期督办 → 挂牌督办), called by the service tasks of the escalation event
 * sub-processes. Each sets the case's flags, records the step and updates the case watch.
 */
@Component("escalationLadder")
public class EscalationLadder {

    /** Tasklist priority of a unit task whose deadline is near or past (default is 50): set by the card. */
    static final int URGENT_PRIORITY = CaseCard.URGENT_PRIORITY;
    static final int LEVEL_SUPERVISION = 1;
    static final int LEVEL_LEADERS = 2;
    static final int LEVEL_PUBLIC_NOTICE = 3;

    private final SupervisionRecords records;
    private final CaseCard card;

    EscalationLadder(SupervisionRecords records, CaseCard card) {
        this.card = card;
        this.records = records;
    }

    /** 预警: the unit's task moves up in Tasklist. */
    public void warn(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(WARNING))) {
            return; // already warned for this deadline (the unit got 办理 back after a rejected extension)
        }
        execution.setVariable(WARNING, true);
        card.refresh(execution);
        records.event(execution, EscalationKind.WARNING, CaseInput.count(execution, ESCALATION_LEVEL),
                CaseInput.requiredDate(execution, DUE_DATE));
        records.updateFlags(execution);
    }

    /** 逾期: the supervision office gets a 督办 task. */
    public void overdue(DelegateExecution execution) {
        escalate(execution, EscalationKind.OVERDUE, LEVEL_SUPERVISION, DUE_DATE);
    }

    /** 挂牌督办: still unresolved after the grace period. */
    public void toLeaders(DelegateExecution execution) {
        escalate(execution, EscalationKind.LEADER_ESCALATION, LEVEL_LEADERS, DUE_DATE);
    }

    /** 通报批评: the supervision office issues a public notice naming the unit. */
    public void publicNotice(DelegateExecution execution) {
        escalate(execution, EscalationKind.PUBLIC_NOTICE, LEVEL_PUBLIC_NOTICE, DUE_DATE);
    }

    /** 签收逾期: the unit neither accepted nor returned the case in time. */
    public void signOffOverdue(DelegateExecution execution) {
        escalate(execution, EscalationKind.SIGN_OFF_OVERDUE, LEVEL_SUPERVISION, SIGN_OFF_DUE_DATE);
    }

    private void escalate(DelegateExecution execution, EscalationKind kind, int level, String deadlineVariable) {
        execution.setVariable(OVERDUE, true);
        execution.setVariable(ESCALATION_LEVEL, Math.max(level, CaseInput.count(execution, ESCALATION_LEVEL)));
        card.refresh(execution);
        records.event(execution, kind, level, CaseInput.requiredDate(execution, deadlineVariable));
        records.updateFlags(execution);
    }
}
