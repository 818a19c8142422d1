package cn.grassroots.cases.handling;

import java.util.Set;

/**
 * The holiday calendars changed while the system runs: {@code changedYears} were added, corrected or removed. Pending
 * deadlines counted through those years are recalculated ({@link DeadlineRecalculation}).
 */
public record HolidayCalendarChanged(Set<Integer> changedYears, Set<Integer> loadedYears) {
}
