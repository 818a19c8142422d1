package cn.grassroots.cases.intake;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.HandlingProperties;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.VariableWrites;
import cn.grassroots.cases.citizen.QueryCodes;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.privacy.ReporterMask;
import cn.grassroots.cases.privacy.ReporterRegistry;
import cn.grassroots.cases.system.FieldProblem;

/**
 * Runs when any issue-handling instance starts, however it was started (Tasklist start form, intake API,
 * engine REST): checks the registration, gives the case its number as business key and sets the counters.
 * A bad registration fails the start, so no half-registered case exists.
 */
@Component("caseRegistration")
class RegistrationListener implements ExecutionListener {

    private final SerialNumbers serialNumbers;
    private final WorkingCalendar calendar;
    private final HandlingProperties properties;
    private final ReporterRegistry reporters;
    private final RegistrationRules rules;
    private final QueryCodes queryCodes;

    RegistrationListener(SerialNumbers serialNumbers, WorkingCalendar calendar, HandlingProperties properties,
            ReporterRegistry reporters, RegistrationRules rules, QueryCodes queryCodes) {
        this.queryCodes = queryCodes;
        this.serialNumbers = serialNumbers;
        this.calendar = calendar;
        this.properties = properties;
        this.reporters = reporters;
        this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, FieldProblem> shape = IssueFacts.shapeErrors(execution);
        if (!shape.isEmpty()) {
            throw InvalidCaseInputException.forFields(shape);
        }
        RegistrationRules.Checked checked = rules.check(IssueFacts.from(execution));
        if (!checked.errors().isEmpty()) {
            throw InvalidCaseInputException.forFields(checked.errors());
        }
        IssueFacts facts = checked.facts();
        // the intake API started the case with the checked facts already: only what the checks changed is written
        VariableWrites.ifChanged(execution, facts.toVariables());
        if (!facts.isResolvedOnSpot()) {
            execution.removeVariable(RESOLUTION);
        }
        String caseNumber = serialNumbers.next(SerialNumbers.CASES, properties.caseNumberPrefix(),
                calendar.today().getYear());
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable(CASE_NUMBER, caseNumber);
        // the real identity goes to the reporter registry; the case carries it masked (ADR 0003)
        String name = (String) execution.getVariable(REPORTER_NAME);
        String phone = (String) execution.getVariable(REPORTER_PHONE);
        reporters.record(execution.getProcessInstanceId(), caseNumber, name, phone, facts.isAccusation());
        queryCodes.issue(caseNumber, (String) execution.getVariable(REGISTERED_BY));
        boolean protectedReporter = facts.isAccusation() && (name != null || phone != null);
        execution.setVariable(REPORTER_NAME, protectedReporter ? ReporterMask.PROTECTED : ReporterMask.name(name));
        execution.setVariable(REPORTER_PHONE, protectedReporter ? ReporterMask.PROTECTED : ReporterMask.phone(phone));
        execution.setVariable(REGISTERED_AT, calendar.now().toOffsetDateTime().toString());
        execution.setVariable(RETURN_COUNT, 0);
        execution.setVariable(SEND_BACK_COUNT, 0);
        execution.setVariable(REOPEN_COUNT, 0);
        execution.setVariable(MAX_REOPENS, properties.maxReopens());
        execution.setVariable(UNIT_HANDLED, false);
    }
}
