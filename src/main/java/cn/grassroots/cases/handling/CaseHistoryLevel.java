package cn.grassroots.cases.handling;

import java.util.Set;

import org.camunda.bpm.engine.impl.bpmn.behavior.GatewayActivityBehavior;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * The engine's history, chosen on purpose (issue 12; ADR 0008): everything of history level {@code full} — activities,
 * tasks, variables with their last value, decisions, the user operation log (the audit trail of who did what) —
 * except that a variable's every version is kept only where a version is read later: the 督办, 批示 and 通报 texts
 * (the case file lists each version), the deadline and the extension days (the ledger's back-fill). The other
 * variable updates were 63 rows and over a third of the bytes of a case. Nor are a task's own (local) variables kept:
 * they are copies of the case's words for Tasklist's cards and the options a form offers (units, people, places),
 * some forty per case with their JSON, written, then deleted with the task; what the case says stays in its own
 * variables, which is all the case file, the reopening and the ledger read ({@code TASK_ID_ IS NULL}). The job log
 * keeps what a job did (ran, failed with its stack trace) but not that one was created or removed: a case makes and
 * drops some six deadline timers that never fire, each two rows nobody reads. Nor do gateways leave a row of their own
 * (eleven of a closed case's twenty-five steps, the joins unnamed): a gateway only routes, and the step that follows it,
 * with the variables it decided on, is the history of its decision.
 * <p>
 * It has the id of {@code full} (3): a database made at {@code full} keeps working, and so does switching back.
 */
public class CaseHistoryLevel extends HistoryLevelFull {

    public static final String NAME = "grassroots";

    /** The variables whose every version someone reads later. */
    static final Set<String> VERSIONED = Set.of(Variables.SUPERVISE_NOTE, Variables.LEADER_INSTRUCTION,
            Variables.NOTICE_TEXT, Variables.DUE_DATE, Variables.TOTAL_EXTENSION_DAYS);

    @Override
    public String getName() {
        return NAME;
    }

    private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE);

    private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
            HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            // the engine asks with the update event it is about to write as a history detail
            return entity instanceof HistoricVariableUpdateEventEntity update && update.getTaskId() == null
                    && VERSIONED.contains(update.getVariableName());
        }
        if (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE) {
            return false;
        }
        if (ACTIVITY_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution
                && execution.getActivity() != null
                && execution.getActivity().getActivityBehavior() instanceof GatewayActivityBehavior) {
            return false; // a gateway only routes: the step that follows it is the history of its decision
        }
        if (VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstanceEntity variable
                && variable.getTaskId() != null) {
            return false; // every event of a task-local variable alike: its history row never exists
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
