package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.AsSystem;

/**
 * 回头看未通过: a case closed as resolved comes back to the unit that closed it, under the same case number, as a new
 * instance of the issue process started at {@code StartEvent_LookBackFailed} with the case's facts (the engine cannot
 * continue an ended instance). What the closing steps decided (outcome, satisfaction, approvals) is left behind.
 */
@Component
public class CaseReopening {

    /** Decisions of the finished handling that must not steer the reopened one. */
    private static final Set<String> LEFT_BEHIND = Set.of(OUTCOME, CLOSED_AT, SATISFACTION, CALLBACK_NOTE, APPROVED,
            SEND_BACK_REASON, REQUEST_EXTENSION, EXTENSION_DAYS, EXTENSION_REASON, EXTENSION_APPROVED,
            EXTENSION_DECISION_NOTE, EXTENSION_REQUESTED_BY, CLOSING_NOTE, ACCEPTED, RETURN_REASON, WARNING, OVERDUE,
            ESCALATION_LEVEL, SUPERVISE_NOTE, COMMITMENT_DATE, LEADER_INSTRUCTION, NOTICE_TEXT, MERGE_INTO);

    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;

    CaseReopening(HistoryService history, RuntimeService runtime, IdentityService identity) {
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
    }

    /**
     * Reopens the case for its unit; empty when it is not closed as resolved by a unit (still open, e.g. reopened by
     * an earlier check, or closed another way), which changes nothing.
     */
    public Optional<String> afterFailedLookBack(String caseNumber, String checkNumber, String note) {
        return reopen(caseNumber, Outcome.RESOLVED, IssueHandlingProcess.MESSAGE_LOOK_BACK_FAILED, Map.of(
                LOOK_BACK_FAILED, true, LOOK_BACK_CHECK_NUMBER, checkNumber, LOOK_BACK_NOTE, note));
    }

    /**
     * 并单 undone: a case merged into another goes back to sorting under its number; empty when it is not a merged
     * case (any more).
     */
    public Optional<String> afterUnmerge(String caseNumber) {
        return reopen(caseNumber, Outcome.MERGED, IssueHandlingProcess.MESSAGE_UNMERGED, Map.of());
    }

    private Optional<String> reopen(String caseNumber, Outcome closedAs, String message, Map<String, Object> facts) {
        return AsSystem.call(identity, () -> {
            HistoricProcessInstance last = latest(caseNumber).orElse(null);
            if (last == null || last.getEndTime() == null || !closedAs.name().equals(outcomeOf(last))) {
                return Optional.empty();
            }
            VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables();
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceId(last.getId()).disableCustomObjectDeserialization().list()) {
                if (variable.getTaskId() == null && last.getId().equals(variable.getExecutionId())
                        && !LEFT_BEHIND.contains(variable.getName())) {
                    variables.putValueTyped(variable.getName(), variable.getTypedValue());
                }
            }
            if (closedAs == Outcome.RESOLVED && !Boolean.TRUE.equals(variables.get(UNIT_HANDLED))) {
                return Optional.empty();
            }
            variables.putAll(facts);
            variables.putValue(LookBackReopenDelegate.PREVIOUS_INSTANCE, last.getId());
            String reopened = runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber)
                    .setVariables(variables).correlateStartMessage().getId();
            return Optional.of(reopened);
        });
    }

    /** The case's newest process instance (a reopened case has more than one). */
    public Optional<HistoricProcessInstance> latest(String caseNumber) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(IssueHandlingProcess.KEY)
                .processInstanceBusinessKey(caseNumber).orderByProcessInstanceStartTime().desc().listPage(0, 1)
                .stream().findFirst();
    }

    /** How the unit said it resolved the case, as it stands in the case's newest instance. */
    public String resolutionOf(String caseNumber) {
        return AsSystem.call(identity, () -> latest(caseNumber).map(instance -> history
                .createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(RESOLUTION)
                .list().stream().filter(variable -> instance.getId().equals(variable.getExecutionId()))
                .map(variable -> String.valueOf(variable.getValue())).findFirst().orElse(null)).orElse(null));
    }

    private String outcomeOf(HistoricProcessInstance instance) {
        HistoricVariableInstance outcome = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(OUTCOME).list().stream()
                .filter(variable -> instance.getId().equals(variable.getExecutionId())).findFirst().orElse(null);
        return outcome == null ? null : String.valueOf(outcome.getValue());
    }
}
