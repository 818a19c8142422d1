package cn.grassroots.cases.calendar;

/** How a time limit counts days: every calendar day, or working days only. */
public enum DayType {
    NATURAL,
    WORKING
}
