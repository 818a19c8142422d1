package cn.grassroots.cases.privacy;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * Masks the reporter's name and phone in every history event before it is stored, so the history tables (and
 * every history endpoint, export or report built on them) never hold the real identity, even for the moment a
 * start form submitted it.
 */
class MaskingHistoryEventHandler implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    MaskingHistoryEventHandler(HistoryEventHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTextValue() != null) {
            if (Variables.REPORTER_NAME.equals(variable.getVariableName())) {
                variable.setTextValue(ReporterMask.name(variable.getTextValue()));
            } else if (Variables.REPORTER_PHONE.equals(variable.getVariableName())) {
                variable.setTextValue(ReporterMask.phone(variable.getTextValue()));
            }
        }
        delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
