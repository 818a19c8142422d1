package cn.grassroots.cases.calendar;

import java.util.Set;

/**
 * The holiday calendars changed while the system runs: {@code changedYears} were added, corrected or removed. Pending
 * deadlines counted through those years are recalculated by the processes that set them.
 */
public record HolidayCalendarChanged(Set<Integer> changedYears, Set<Integer> loadedYears) {
}
