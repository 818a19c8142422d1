package cn.grassroots.cases.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.organization.Organization;
import cn.grassroots.cases.system.FieldProblem;

/** Plans visits for API clients: checks the plan first, so nothing starts when a rule is broken. */
@Service
class VisitPlanner {

    /** A plan that breaks rules, each by field. */
    static class InvalidPlanException extends RuntimeException {
        private final Map<String, FieldProblem> errors;

        InvalidPlanException(Map<String, FieldProblem> errors) {
            super("Invalid visit plan: " + errors);
            this.errors = errors;
        }

        Map<String, FieldProblem> errors() {
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
        Authentication planner = identityService.getCurrentAuthentication();
        List<String> groups = planner == null || planner.getGroupIds() == null ? List.of() : planner.getGroupIds();
        if (!groups.contains(Organization.CADRES) && groups.stream().noneMatch(VisitRules.PLAN_FOR_OTHERS::contains)) {
            throw new AuthorizationException("下基层活动由领导干部本人、领导办公室或督查室制定计划");
        }
        Map<String, FieldProblem> problems = rules.problems(plan, planner);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(new LinkedHashMap<>(problems));
        }
        ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(GrassrootsVisitProcess.KEY)
                .setVariables(plan.toVariables()).executeWithVariablesInReturn();
        return new Planned(instance.getVariables().getValue(GrassrootsVisitProcess.Variables.VISIT_NUMBER,
                String.class), instance.getId());
    }
}
