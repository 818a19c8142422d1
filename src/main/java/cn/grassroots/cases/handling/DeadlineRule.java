package cn.grassroots.cases.handling;

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
 */
public record DeadlineRule(String responsibleUnit, int limitDays, DayType limitDayType, int signOffDays,
        DayType signOffDayType, int warningLeadDays, int escalationGraceDays, int maxExtensionDays) {
}
