package cn.grassroots.cases.handling;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * The engine's history, chosen on purpose (issue 12; ADR 0008): everything of history level {@code full} — activities,
 * tasks, variables with their last value, decisions, the user operation log (the audit trail of who did what) —
 * except that a variable's every version is kept only where a version is read later: the 督办, 批示 and 通报 texts
 * (the case file lists each version), the deadline and the extension days (the ledger's back-fill). The other
 * variable updates were 63 rows and over a third of the bytes of a case.
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

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL) {
            // the engine asks with the update event it is about to write as a history detail
            return entity instanceof HistoricVariableUpdateEventEntity update
                    && VERSIONED.contains(update.getVariableName());
        }
        return super.isHistoryEventProduced(eventType, entity);
    }
}
