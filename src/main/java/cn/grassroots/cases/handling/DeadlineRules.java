package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.calendar.DayType;

/** Keeps a {@link DeadlineRule} on a case ({@code deadlinePolicy}) and reads it back, also from a case's history. */
final class DeadlineRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadlineRules() {
    }

    /**
     * Keeps the rule as one text variable ({@code deadlinePolicy}, JSON) and {@code maxExtensionDays}, which the
     * forms read: one row in the runtime and one in the history instead of nine each (issue 12).
     */
    static void store(VariableScope scope, DeadlineRule rule) {
        ObjectNode policy = JSON.createObjectNode()
                .put("unit", rule.responsibleUnit())
                .put("limitDays", rule.limitDays())
                .put("limitDayType", rule.limitDayType().name())
                .put("signOffDays", rule.signOffDays())
                .put("signOffDayType", rule.signOffDayType().name())
                .put("warningLeadDays", rule.warningLeadDays())
                .put("escalationGraceDays", rule.escalationGraceDays());
        if (rule.hasNotice()) {
            policy.put("noticeGraceDays", rule.noticeGraceDays());
        }
        scope.setVariable(DEADLINE_POLICY, policy.toString());
        scope.setVariable(MAX_EXTENSION_DAYS, rule.maxExtensionDays());
    }

    /** Keeps the rule and starts a fresh handling limit counted from today: the proposed {@code dueDate}. */
    static void startFreshDeadline(VariableScope scope, DeadlineRule rule, WorkingCalendar calendar) {
        store(scope, rule);
        scope.setVariable(DUE_DATE, calendar.deadlineFromToday(rule.limitDays(), rule.limitDayType()).toString());
        scope.setVariable(DEADLINE_COUNTED_FROM, calendar.today().toString());
        scope.setVariable(DEADLINE_BASE_DAYS, rule.limitDays());
        scope.setVariable(TOTAL_EXTENSION_DAYS, 0);
        if (scope.getVariable(DEADLINE_PAUSED_DAYS) != null) {
            // counted again from today: the days paused before no longer move it (a new case has none to reset)
            scope.setVariable(DEADLINE_PAUSED_DAYS, 0);
        }
    }

    /** The deadline as its basis counts it today (null when the case has no basis, e.g. started before it was kept). */
    static LocalDate countedDeadline(VariableScope scope, WorkingCalendar calendar) {
        Object from = scope.getVariable(DEADLINE_COUNTED_FROM);
        if (!(from instanceof String day) || !hasRule(scope::getVariable)) {
            return null;
        }
        LocalDate counted = calendar.addDays(LocalDate.parse(day),
                CaseInput.count(scope, DEADLINE_BASE_DAYS) + CaseInput.count(scope, TOTAL_EXTENSION_DAYS),
                load(scope).limitDayType());
        // the working days the clock stood still (中止计时) move it on
        int paused = CaseInput.count(scope, DEADLINE_PAUSED_DAYS);
        return paused > 0 ? calendar.addDays(counted, paused, DayType.WORKING) : counted;
    }

    static DeadlineRule load(VariableScope scope) {
        return load(scope::getVariable);
    }

    /** Whether the case carries the policy's decision yet (it does once the policy step has run). */
    static boolean hasRule(Function<String, Object> variables) {
        return variables.apply(DEADLINE_POLICY) != null || variables.apply(LIMIT_DAY_TYPE) != null;
    }

    /** The case's policy from its variables, however they are read (a running case's scope, a closed one's history). */
    static DeadlineRule load(Function<String, Object> variables) {
        if (variables.apply(DEADLINE_POLICY) instanceof String text) {
            return parse(text, variables.apply(MAX_EXTENSION_DAYS));
        }
        // a case registered before the decision was kept as one variable
        return new DeadlineRule(
                (String) variables.apply(POLICY_UNIT),
                count(variables.apply(LIMIT_DAYS)),
                DayType.valueOf((String) variables.apply(LIMIT_DAY_TYPE)),
                count(variables.apply(SIGN_OFF_DAYS)),
                DayType.valueOf((String) variables.apply(SIGN_OFF_DAY_TYPE)),
                count(variables.apply(WARNING_LEAD_DAYS)),
                count(variables.apply(ESCALATION_GRACE_DAYS)),
                count(variables.apply(MAX_EXTENSION_DAYS)),
                variables.apply(NOTICE_GRACE_DAYS) instanceof Number days ? days.intValue() : null);
    }

    private static DeadlineRule parse(String text, Object maxExtensionDays) {
        try {
            JsonNode policy = JSON.readTree(text);
            JsonNode notice = policy.path("noticeGraceDays");
            return new DeadlineRule(policy.path("unit").asText(null), policy.path("limitDays").asInt(),
                    DayType.valueOf(policy.path("limitDayType").asText()), policy.path("signOffDays").asInt(),
                    DayType.valueOf(policy.path("signOffDayType").asText()), policy.path("warningLeadDays").asInt(),
                    policy.path("escalationGraceDays").asInt(), count(maxExtensionDays),
                    notice.isNumber() ? notice.asInt() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The case's deadline policy is not JSON: " + text, e);
        }
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
