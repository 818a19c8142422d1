package cn.grassroots.cases.visits;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.organization.Organization.CadreRank;
import cn.grassroots.cases.system.AsSystem;

/**
 * Asks {@code processes/visit-policy.dmn}: the time limits of a visit ({@code VisitPolicy}, by rank and type) and the
 * visits a cadre owes ({@code VisitQuota}, by rank). Counties change these in the DMN, not in code.
 */
@Component
class VisitPolicy {

    /** Working days: after the planned date until the reminder and the 督办; after the visit for the report. */
    record Limits(int reminderGraceDays, int superviseGraceDays, int reportDays) {
    }

    /** What a cadre of a rank owes: visits a month; each of the four types a quarter; petition days a quarter. */
    record Quota(int minVisitsPerMonth, boolean everyTypePerQuarter, int petitionDaysPerQuarter) {
    }

    private final DecisionService decisions;
    private final IdentityService identityService;

    VisitPolicy(DecisionService decisions, IdentityService identityService) {
        this.decisions = decisions;
        this.identityService = identityService;
    }

    Limits limits(CadreRank rank, String visitType) {
        DmnDecisionResultEntries rule = decide("VisitPolicy", Map.of("cadreRank", rank.name(), "visitType", visitType));
        return new Limits(number(rule, "reminderGraceDays"), number(rule, "superviseGraceDays"),
                number(rule, "reportDays"));
    }

    Quota quota(CadreRank rank) {
        DmnDecisionResultEntries rule = decide("VisitQuota", Map.of("cadreRank", rank.name()));
        return new Quota(number(rule, "minVisitsPerMonth"), Boolean.TRUE.equals(rule.get("everyTypePerQuarter")),
                number(rule, "petitionDaysPerQuarter"));
    }

    /** As the system: the person planning or asking may not evaluate decisions. */
    private DmnDecisionResultEntries decide(String decision, Map<String, Object> inputs) {
        var result = AsSystem.call(identityService,
                () -> decisions.evaluateDecisionByKey(decision).variables(inputs).evaluate());
        if (result.isEmpty()) {
            throw new IllegalStateException("The visit policy has no rule for " + inputs + " in " + decision);
        }
        return result.getFirstResult();
    }

    private static int number(DmnDecisionResultEntries rule, String name) {
        Object value = rule.get(name);
        return value instanceof Number number ? number.intValue() : 0;
    }
}
