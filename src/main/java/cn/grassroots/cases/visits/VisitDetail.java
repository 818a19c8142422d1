package cn.grassroots.cases.visits;

import java.util.List;

/** A visit with the issues raised on it ({@code GET /api/visits/{n}}). */
public record VisitDetail(VisitSummary visit, List<Issue> issues) {

    /** An issue raised on the visit, as far as the visit needs to know it. */
    public record Issue(String caseNumber, String title, String status, String outcome, String satisfaction,
            String responsibleUnit, String responsibleUnitName, boolean resolvedOnSpot) {
    }
}
