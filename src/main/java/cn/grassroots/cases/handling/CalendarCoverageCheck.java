package cn.grassroots.cases.handling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * At start-up: every working-day deadline the policy can set from today (the longest handling limit with its
 * grace periods before leader escalation and 通报批评) must fall in a year whose holiday calendar is loaded. Otherwise, with
 * {@code grassroots.handling.require-calendar=true} (the default), the application refuses to start and says
 * which file to add; without it, the gap is logged and Monday to Friday are counted there.
 */
@Component
class CalendarCoverageCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageCheck.class);

    private final DeadlinePolicy policy;
    private final HandlingCalendar calendar;
    private final HandlingProperties properties;

    CalendarCoverageCheck(DeadlinePolicy policy, HandlingCalendar calendar, HandlingProperties properties) {
        this.policy = policy;
        this.calendar = calendar;
        this.properties = properties;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    public void check() {
        int longest = longestWorkingDayHorizon();
        java.time.LocalDate last = calendar.deadlineFromToday(longest, DayType.WORKING);
        if (calendar.hasHolidayDataUntil(last)) {
            LOG.info("Holiday calendars {} cover the longest deadline from today ({} working days: {})",
                    calendar.schedule().years(), longest, last);
            return;
        }
        String problem = "A deadline of " + longest + " working days from today falls on about " + last
                + ", but holiday calendars are loaded only for " + calendar.schedule().years()
                + ". Add calendar/holidays-" + last.getYear() + ".txt (the State Council schedule for "
                + last.getYear() + "), or set grassroots.handling.require-calendar=false to count Monday to Friday.";
        if (properties.requireCalendar()) {
            throw new IllegalStateException("Start-up refused. " + problem);
        }
        LOG.warn(problem);
    }

    private int longestWorkingDayHorizon() {
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
