package cn.grassroots.cases.intake;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.HandlingProperties;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.VariableWrites;
import cn.grassroots.cases.citizen.QueryCodes;
import cn.grassroots.cases.numbering.AtCommandEnd;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.privacy.ReporterMask;
import cn.grassroots.cases.privacy.ReporterRegistry;
import cn.grassroots.cases.system.FieldProblem;

/**
 * Runs when any issue-handling instance starts, however it was started (Tasklist start form, intake API,
 * engine REST): checks the registration and gives the case its number as business key, at the end of a plain start
 * ({@link AtCommandEnd}); at once when the case closes at once (resolved on the spot) or the start has instructions.
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
        // the real identity goes to the reporter registry; the case carries it masked (ADR 0003)
        String name = (String) execution.getVariable(REPORTER_NAME);
        String phone = (String) execution.getVariable(REPORTER_PHONE);
        boolean protectedReporter = facts.isAccusation() && (name != null || phone != null);
        setUnlessNone(execution, REPORTER_NAME, protectedReporter ? ReporterMask.PROTECTED : ReporterMask.name(name));
        setUnlessNone(execution, REPORTER_PHONE, protectedReporter ? ReporterMask.PROTECTED : ReporterMask.phone(phone));
        Runnable numbering = () -> number(execution, name, phone, facts.isAccusation());
        if (facts.isResolvedOnSpot() || !plainStart()) {
            // the case closes within this command, or a start with instructions begins a later step at once: the steps
            // that follow the registration in this command name the case
            numbering.run();
        } else {
            // the counter row stays locked from the number to the commit: taken last, concurrent registrations wait
            // only for each other's writes (ADR 0007); the case waits at the policy's asynchronous step meanwhile
            AtCommandEnd.run(numbering);
        }
        execution.setVariable(REGISTERED_AT, calendar.now().toOffsetDateTime().toString());
        // the counters (returnCount, sendBackCount, reopenCount) and unitHandled are written when they first count:
        // absent reads as zero and false (issue 12: fewer rows per case)
    }

    /**
     * A start that runs from the start event to the policy's asynchronous step, where nothing names the case (intake
     * API, Tasklist's start form, the REST API's plain start); not one with start instructions.
     */
    private static boolean plainStart() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        Command<?> command = invocation == null ? null : invocation.getCommand();
        return command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd;
    }

    /** The case's number (its business key), its reporter's identity and its receipt's query code. */
    private void number(DelegateExecution execution, String name, String phone, boolean accusation) {
        String caseNumber = serialNumbers.next(SerialNumbers.CASES, properties.caseNumberPrefix(),
                calendar.today().getYear());
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable(CASE_NUMBER, caseNumber);
        reporters.record(execution.getProcessInstanceId(), caseNumber, name, phone, accusation);
        queryCodes.issue(caseNumber, (String) execution.getVariable(REGISTERED_BY));
    }

    /** An anonymous reporter's name or phone is left out, not written as null (it was null or absent already). */
    private static void setUnlessNone(DelegateExecution execution, String name, String masked) {
        if (masked != null) {
            execution.setVariable(name, masked);
        }
    }
}
