package cn.grassroots.cases.assessment;

/**
 * One unit's figures for a period: the counts, the rates computed from them (null where nothing was counted), the
 * score (0..100) from the rates and their weights, and its rank; {@code ranked} false and {@code note} 样本不足 when it
 * had fewer cases than the policy's minimum.
 */
public record UnitFigures(String unit, String unitName, long cases, long handovers, long answeredInTime,
        long returned, long closed, long closedOnTime, long resolved, long rated, long satisfied,
        long basicallySatisfied, long dissatisfied, long resolutionsSubmitted, long redone, long overdue,
        long supervised, long leaderEscalated, long noticed, long falseClosures, Double responseRate, Double onTimeRate,
        Double resolutionRate, Double satisfactionRate, Double returnRate, Double redoRate, Double score,
        Integer rank, boolean ranked, String note) {

    static final String TOO_FEW = "样本不足";

    UnitFigures ranked(int rank) {
        return new UnitFigures(unit, unitName, cases, handovers, answeredInTime, returned, closed, closedOnTime,
                resolved, rated, satisfied, basicallySatisfied, dissatisfied, resolutionsSubmitted, redone, overdue,
                supervised, leaderEscalated, noticed, falseClosures, responseRate, onTimeRate, resolutionRate, satisfactionRate,
                returnRate, redoRate, score, rank, true, null);
    }
}
