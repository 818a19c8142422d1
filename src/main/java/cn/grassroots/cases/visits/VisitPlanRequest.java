package cn.grassroots.cases.visits;

import java.util.List;

/**
 * Body of {@code POST /api/visits}: {@code cadre} a cadre's user id; {@code type} PUBLICIZE, RESEARCH, PETITION or
 * ONSITE; {@code plannedDate} like 2026-12-31; {@code place} a town or village (unit group id);
 * {@code accompanyingUnits} unit group ids; {@code unannounced} 四不两直.
 */
record VisitPlanRequest(String cadre, String type, String plannedDate, String place, String theme,
        List<String> accompanyingUnits, Boolean unannounced) {

    VisitPlan toPlan() {
        return new VisitPlan(cadre, type, plannedDate, place, theme,
                accompanyingUnits == null ? List.of() : accompanyingUnits, unannounced);
    }
}
