package cn.grassroots.cases.visits;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

/** Plans visits for API clients: checks the plan first, so nothing starts when a rule is broken. */
@Service
class VisitPlanner {

    /** A plan that breaks rules, each by field. */
    static class InvalidPlanException extends RuntimeException {
        private final Map<String, String> errors;

        InvalidPlanException(Map<String, String> errors) {
            super("Invalid visit plan: " + errors);
            this.errors = errors;
        }

        Map<String, String> errors() {
            return errors;
        }
    }

    record Planned(String visitNumber, String processInstanceId) {
    }

    private final VisitRules rules;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    VisitPlanner(VisitRules rules, RuntimeService runtimeService, IdentityService identityService) {
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    Planned plan(VisitPlan plan) {
        Map<String, String> problems = rules.problems(plan, identityService.getCurrentAuthentication());
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(new LinkedHashMap<>(problems));
        }
        ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(GrassrootsVisitProcess.KEY)
                .setVariables(plan.toVariables()).executeWithVariablesInReturn();
        return new Planned(instance.getVariables().getValue(GrassrootsVisitProcess.Variables.VISIT_NUMBER,
                String.class), instance.getId());
    }
}
