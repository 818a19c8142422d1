package cn.grassroots.cases.handling;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;

/** Asks the DMN decision {@code DeadlinePolicy} (processes/deadline-policy.dmn) for a case's time limits. */
@Component
public class DeadlinePolicy {

    public static final String DECISION_KEY = "DeadlinePolicy";

    private final DecisionService decisionService;

    DeadlinePolicy(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    /** The rule for a case, from its category, urgency and channel variables. */
    public DeadlineRule decideFor(VariableScope scope) {
        return decide(
                CaseInput.requiredEnum(scope, IssueHandlingProcess.Variables.CATEGORY, Category.class),
                CaseInput.requiredEnum(scope, IssueHandlingProcess.Variables.URGENCY, Urgency.class),
                CaseInput.requiredEnum(scope, IssueHandlingProcess.Variables.CHANNEL, Channel.class));
    }

    public DeadlineRule decide(Category category, Urgency urgency, Channel channel) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY)
                .variables(Map.of(
                        IssueHandlingProcess.Variables.CATEGORY, category.name(),
                        IssueHandlingProcess.Variables.URGENCY, urgency.name(),
                        IssueHandlingProcess.Variables.CHANNEL, channel.name()))
                .evaluate();
        if (result.isEmpty()) {
            throw new IllegalStateException("Deadline policy has no rule for " + category + "/" + urgency + "/" + channel);
        }
        DmnDecisionResultEntries rule = result.getFirstResult();
        return new DeadlineRule(
                rule.getEntry("responsibleUnit"),
                number(rule, "limitDays"),
                DayType.valueOf(rule.getEntry("limitDayType")),
                number(rule, "signOffDays"),
                DayType.valueOf(rule.getEntry("signOffDayType")),
                number(rule, "warningLeadDays"),
                number(rule, "escalationGraceDays"),
                number(rule, "maxExtensionDays"),
                optionalNumber(rule, "noticeGraceDays"));
    }

    /** An empty cell leaves the output out of the result altogether. */
    private static Integer optionalNumber(DmnDecisionResultEntries rule, String name) {
        return rule.getEntryMap().get(name) instanceof Number value ? value.intValue() : null;
    }

    private static int number(DmnDecisionResultEntries rule, String name) {
        Number value = rule.getEntry(name);
        return value.intValue();
    }
}
