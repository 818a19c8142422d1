package cn.grassroots.cases.handling;

import cn.grassroots.cases.calendar.DayType;

/**
 * What the deadline policy (DMN {@code DeadlinePolicy}) decided for one case.
 *
 * @param responsibleUnit default unit group for the case
 * @param limitDays       handling time limit
 * @param limitDayType    how {@code limitDays} are counted
 * @param signOffDays     time the unit has to accept or return the case
 * @param signOffDayType  how {@code signOffDays} are counted
 * @param warningLeadDays how long before the deadline the unit is warned (counted like {@code limitDays})
 * @param escalationGraceDays how long after the deadline a still unresolved case goes to the leaders (likewise)
 * @param maxExtensionDays    the most that extensions may add to the deadline, all together (likewise)
 * @param noticeGraceDays     how long after the leader escalation a still unresolved case is publicly noticed
 *                            (通报批评, likewise); null when the policy has no such level
 */
public record DeadlineRule(String responsibleUnit, int limitDays, DayType limitDayType, int signOffDays,
        DayType signOffDayType, int warningLeadDays, int escalationGraceDays, int maxExtensionDays,
        Integer noticeGraceDays) {

    /** Whether the policy's ladder has the 通报批评 level. */
    public boolean hasNotice() {
        return noticeGraceDays != null;
    }
}
