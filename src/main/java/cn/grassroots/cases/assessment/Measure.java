package cn.grassroots.cases.assessment;

import cn.grassroots.cases.ledger.LedgerQueries;

/**
 * What the assessment counts per unit, each as the rows it counts at all (the denominator) and the rows that count for
 * it (the numerator), over the unit's cases registered in the period ({@code l}, the ledger) or the times a case was
 * handed to the unit in the period ({@code h}, the handovers). The table's figures and the drill-down use the same
 * conditions, so every figure can be reproduced from the rows it counts.
 */
enum Measure {
    CASES("cases", "案件数", false, "TRUE", "TRUE"),
    RESPONSE("response", "响应率（按时签收或退单）", true, "TRUE", "h.on_time = TRUE"),
    RETURNS("returns", "退单率", true, "TRUE", "h.answer = 'RETURNED'"),
    ON_TIME("onTime", "按期办结率", false, "l.status = 'CLOSED'", "l.resolved_on_time = TRUE"),
    RESOLUTION("resolution", "解决率", false, "l.status = 'CLOSED'", "l.outcome = 'RESOLVED'"),
    SATISFACTION("satisfaction", "满意率", false, "l.satisfaction IS NOT NULL",
            "l.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')"),
    REDO("redo", "重办率（退回重办、群众不满意重办或回头看未通过）", false, "l.resolved_at IS NOT NULL",
            "l.send_back_count + l.reopen_count > 0 OR l.false_closure = TRUE"),
    FALSE_CLOSURE("falseClosure", "虚假办结（回头看未通过）", false, "TRUE", "l.false_closure = TRUE"),
    OVERDUE("overdue", "逾期（签收或办理）", false, "TRUE", "(" + LedgerQueries.OVERDUE + ")"),
    SUPERVISED("supervised", "督查室督办", false, "TRUE", "l.supervise_count > 0"),
    LEADER_ESCALATED("leaderEscalated", "领导挂牌督办", false, "TRUE", "l.leader_count > 0"),
    NOTICED("noticed", "通报批评", false, "TRUE", "l.notice_count > 0");

    final String code;
    final String label;
    /** Counted over handovers (h) rather than cases (l). */
    final boolean handovers;
    final String denominator;
    final String numerator;

    Measure(String code, String label, boolean handovers, String denominator, String numerator) {
        this.code = code;
        this.label = label;
        this.handovers = handovers;
        this.denominator = denominator;
        this.numerator = numerator;
    }

    /** How many times the numerator needs today's date (the overdue condition). */
    int todays() {
        return (int) numerator.chars().filter(c -> c == '?').count();
    }

    static Measure of(String code) {
        for (Measure measure : values()) {
            if (measure.code.equals(code)) {
                return measure;
            }
        }
        return null;
    }
}
