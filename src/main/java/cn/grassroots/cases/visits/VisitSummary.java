package cn.grassroots.cases.visits;

import java.util.List;

/**
 * A visit as the API shows it: ids for machines beside the words people read ({@code cadreName}, {@code typeName},
 * {@code placeName}, {@code statusName}). {@code status} is one of PLANNED, DUE_TODAY, OVERDUE, AWAITING_REPORT,
 * REPORT_OVERDUE, FOLLOWING_RESULTS, CLOSED.
 */
public record VisitSummary(String visitNumber, String processInstanceId, String cadre, String cadreName,
        String cadreRank, String type, String typeName, String plannedDate, String actualDate, String place,
        String placeName, String theme, List<String> accompanyingUnits, List<String> accompanyingUnitNames,
        boolean unannounced, String status, String statusName, String reportDue, Integer peopleMet,
        int issuesRaised, int openIssues, Results results) {

    /** How the visit's issues ended, once it has closed. */
    public record Results(int solvedOnSpot, int resolved, int closedUnresolved, int satisfied,
            int basicallySatisfied, int dissatisfied) {
    }
}
