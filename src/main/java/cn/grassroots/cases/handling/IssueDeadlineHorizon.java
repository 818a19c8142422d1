package cn.grassroots.cases.handling;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.DeadlineHorizon;
import cn.grassroots.cases.system.AsSystem;

/**
 * The longest working-day deadline the case policy can set from today: the longest handling limit with its grace
 * periods before leader escalation and 通报批评, or the longest sign-off limit.
 */
@Component
class IssueDeadlineHorizon implements DeadlineHorizon {

    private final DeadlinePolicy policy;
    private final IdentityService identityService;

    IssueDeadlineHorizon(DeadlinePolicy policy, IdentityService identityService) {
        this.policy = policy;
        this.identityService = identityService;
    }

    /** Asked as the system: the person whose request shows a calendar warning may not evaluate decisions. */
    @Override
    public int longestWorkingDays() {
        return AsSystem.call(identityService, this::longest);
    }

    private int longest() {
        int longest = 0;
        for (Category category : Category.values()) {
            for (Urgency urgency : Urgency.values()) {
                for (Channel channel : Channel.values()) {
                    DeadlineRule rule = policy.decide(category, urgency, channel);
                    if (rule.limitDayType() == DayType.WORKING) {
                        longest = Math.max(longest, rule.limitDays() + rule.escalationGraceDays()
                                + (rule.hasNotice() ? rule.noticeGraceDays() : 0));
                    }
                    if (rule.signOffDayType() == DayType.WORKING) {
                        longest = Math.max(longest, rule.signOffDays());
                    }
                }
            }
        }
        return longest;
    }
}
