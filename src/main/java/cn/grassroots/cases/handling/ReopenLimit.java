package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.MAX_REOPENS;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.REOPEN_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whether a case whose reporter was dissatisfied may be handled again (重办): at most
 * {@code grassroots.handling.max-reopens} times ({@code ${reopenLimit.allowsAnother(execution)}} in the model).
 */
@Component("reopenLimit")
public class ReopenLimit {

    private final HandlingProperties properties;

    ReopenLimit(HandlingProperties properties) {
        this.properties = properties;
    }

    public boolean allowsAnother(DelegateExecution execution) {
        // a case registered before the limit was read from the settings carries its own copy
        Object own = execution.getVariable(MAX_REOPENS);
        int limit = own instanceof Number number ? number.intValue() : properties.maxReopens();
        return CaseInput.count(execution, REOPEN_COUNT) < limit;
    }
}
