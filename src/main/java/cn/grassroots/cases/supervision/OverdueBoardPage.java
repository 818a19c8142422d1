package cn.grassroots.cases.supervision;

import java.util.List;

/**
 * One page of the overdue board ({@code GET /api/supervision/overdue-board}): {@code total} rows match the unit and
 * level asked for, {@code rows} are those from {@code firstResult} on; {@code overdue}, {@code warned}, {@code stopped}
 * and {@code units} count the whole board (every unit, every level), as its head and its unit buttons show them.
 */
record OverdueBoardPage(long total, int firstResult, int maxResults, long overdue, long warned, long stopped,
        List<UnitCount> units, List<OverdueCase> rows) {

    /** A unit's open cases on the board: overdue, warned (not yet overdue), with a stopped deadline timer. */
    record UnitCount(String unit, String unitName, long overdue, long warned, long stopped) {
    }
}
