package cn.grassroots.cases.handling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up: every working-day deadline the policy can set from today (the longest handling limit with its
 * largest extension and grace period) must fall in a year whose holiday calendar is loaded. Otherwise, with
 * {@code grassroots.handling.beyond-calendar=FAIL} (the default), the application refuses to start and says
 * which file to add.
 */
@Component
class CalendarCoverageCheck implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageCheck.class);

    private final DeadlinePolicy policy;
    private final HandlingCalendar calendar;

    CalendarCoverageCheck(DeadlinePolicy policy, HandlingCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        int longest = longestWorkingDayHorizon();
        try {
            LOG.info("Working-day calendar covers the longest deadline from today ({} working days): {}", longest,
                    calendar.deadlineFromToday(longest, DayType.WORKING));
        } catch (IllegalStateException missingYear) {
            throw new IllegalStateException("Start-up refused: a deadline of " + longest
                    + " working days from today cannot be counted. " + missingYear.getMessage(), missingYear);
        }
    }

    private int longestWorkingDayHorizon() {
        int longest = 0;
        for (Category category : Category.values()) {
            for (Urgency urgency : Urgency.values()) {
                for (Channel channel : Channel.values()) {
                    DeadlineRule rule = policy.decide(category, urgency, channel);
                    if (rule.limitDayType() == DayType.WORKING) {
                        longest = Math.max(longest,
                                rule.limitDays() + rule.maxExtensionDays() + rule.escalationGraceDays());
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
