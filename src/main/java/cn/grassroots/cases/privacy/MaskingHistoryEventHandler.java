package cn.grassroots.cases.privacy;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * Masks the reporter's name and phone in every history event before it is stored, so the history tables (and
 * every history endpoint, export or report built on them) never hold the real identity, even for the moment a
 * start form submitted it: variable updates, and the form fields a submitted form records (history details of type
 * {@code formField}; issue 9 found the real name there). Values of other types than text never reach history: the
 * registration refuses them.
 */
class MaskingHistoryEventHandler implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    MaskingHistoryEventHandler(HistoryEventHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTextValue() != null) {
            variable.setTextValue(masked(variable.getVariableName(), variable.getTextValue()));
        } else if (event instanceof HistoricFormPropertyEventEntity field && field.getPropertyValue() != null) {
            field.setPropertyValue(masked(field.getPropertyId(), field.getPropertyValue().toString()));
        }
        delegate.handleEvent(event);
    }

    private static String masked(String name, String value) {
        if (Variables.REPORTER_NAME.equals(name)) {
            return ReporterMask.name(value);
        }
        return Variables.REPORTER_PHONE.equals(name) ? ReporterMask.phone(value) : value;
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }
}
