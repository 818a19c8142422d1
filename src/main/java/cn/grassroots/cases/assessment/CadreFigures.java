package cn.grassroots.cases.assessment;

import java.util.List;
import java.util.Map;

/**
 * A cadre's going down to the grassroots in a period (领导干部年度考核): visits carried out, by type, against what the
 * monthly quota checks of the period asked ({@code owedVisits}, {@code behind}, {@code shortfalls}); the issues raised
 * on his visits and how they ended; the reporters' ratings.
 */
public record CadreFigures(String cadre, String cadreName, String rank, String rankName, long visits,
        Map<String, Long> visitsByType, long petitionDays, long owedVisits, long issuesRaised, long solvedOnSpot,
        long resolved, long rated, long satisfied, long basicallySatisfied, Double satisfactionRate, boolean behind,
        List<String> shortfalls) {
}
