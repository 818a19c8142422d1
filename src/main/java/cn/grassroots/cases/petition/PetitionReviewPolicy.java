package cn.grassroots.cases.petition;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.system.AsSystem;

/** The windows, limits and reviewing organ of each stage, from {@code processes/petition-review-policy.dmn}. */
@Component
class PetitionReviewPolicy {

    /** One stage's rule. */
    record Rule(int requestWindowDays, int handlingDays, DayType dayType, String reviewingUnit) {
    }

    private final DecisionService decisions;
    private final IdentityService identity;

    PetitionReviewPolicy(DecisionService decisions, IdentityService identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    Rule of(PetitionReviewProcess.Stage stage) {
        Map<String, Object> result = AsSystem.call(identity, () -> decisions
                .evaluateDecisionByKey(PetitionReviewProcess.DECISION).variables(Map.of("stage", stage.name()))
                .evaluate().getSingleResult().getEntryMap());
        return new Rule(((Number) result.get("requestWindowDays")).intValue(),
                ((Number) result.get("handlingDays")).intValue(), DayType.valueOf((String) result.get("dayType")),
                (String) result.get("reviewingUnit"));
    }
}
