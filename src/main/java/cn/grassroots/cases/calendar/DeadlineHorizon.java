package cn.grassroots.cases.calendar;

/**
 * A process's longest count of working days from today (its longest limit with the grace periods after it): the
 * calendar must cover the years such a deadline can reach, or {@link CalendarCoverage} says which are missing.
 */
public interface DeadlineHorizon {

    int longestWorkingDays();
}
