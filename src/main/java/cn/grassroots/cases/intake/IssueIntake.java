package cn.grassroots.cases.intake;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.citizen.QueryCodes;
import cn.grassroots.cases.handling.CaseHolders;
import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.system.AsSystem;

/** Registers issues as new cases and reads them back, for API clients. */
@Service
class IssueIntake {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final CaseHolders holders;
    private final RegistrationRules rules;
    private final QueryCodes queryCodes;
    private final CaseReopening cases;

    IssueIntake(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService,
            CaseHolders holders, RegistrationRules rules, QueryCodes queryCodes, CaseReopening cases) {
        this.cases = cases;
        this.queryCodes = queryCodes;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.holders = holders;
        this.rules = rules;
    }

    /** Starts a case; its number is the business key the process gave it. Nothing starts if a rule is broken. */
    RegisteredIssue register(IssueFacts submitted) {
        RegistrationRules.Checked checked = rules.check(submitted);
        if (!checked.errors().isEmpty()) {
            throw new InvalidRegistrationException(checked.errors());
        }
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(IssueHandlingProcess.KEY)
                .setVariables(checked.facts().toVariables())
                .execute();
        // the number is given at the end of the start (RegistrationListener): the instance carries it as business key
        return answer(instance.getBusinessKey(), instance.getId());
    }

    /** The answer to the registration of this case (again, for a retried request). */
    RegisteredIssue answer(String caseNumber, String processInstanceId) {
        return new RegisteredIssue(caseNumber, processInstanceId, queryCodes.of(caseNumber).orElse(null),
                "/receipt/" + caseNumber);
    }

    /**
     * The case as the person may read it: the offices read every case (their history grants); a unit reads the case it
     * holds now ({@link CaseHolders}), and only while it holds it. Anybody else learns nothing, not even that it exists.
     */
    Optional<IssueSummary> find(String caseNumber) {
        Optional<IssueSummary> readable = summary(caseNumber);
        if (readable.isPresent()) {
            return readable;
        }
        Authentication person = identityService.getCurrentAuthentication();
        return AsSystem.call(identityService, () -> summary(caseNumber)).filter(
                held -> "open".equals(held.status()) && holders.holds(held.processInstanceId(), person));
    }

    private Optional<IssueSummary> summary(String caseNumber) {
        HistoricProcessInstance instance = cases.latest(caseNumber).orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        String status = instance.getEndTime() == null ? "open" : "closed";
        return Optional.of(new IssueSummary(caseNumber, instance.getId(),
                variable(instance, Variables.TITLE), status, variable(instance, Variables.OUTCOME),
                variable(instance, Variables.RESPONSIBLE_UNIT), variable(instance, Variables.DUE_DATE),
                variable(instance, Variables.PLACE), variable(instance, Variables.VISIT_NUMBER)));
    }

    private String variable(HistoricProcessInstance instance, String name) {
        // the case's own variable, not the task-local copies the unit tasks carry for Tasklist's lists
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(name)
                .list().stream()
                .filter(variable -> variable.getTaskId() == null && variable.getValue() != null)
                .map(variable -> variable.getValue().toString())
                .findFirst().orElse(null);
    }
}
