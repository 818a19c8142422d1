package cn.grassroots.cases.supervision;

import cn.grassroots.cases.handling.Labelled;

/** The steps of the escalation ladder, as recorded in {@code escalation_event}. */
public enum EscalationKind implements Labelled {
    /** 预警: the deadline is near. */
    WARNING("预警"),
    /** 签收逾期: the unit neither accepted nor returned the case in time; 督办 by the supervision office. */
    SIGN_OFF_OVERDUE("签收逾期·督查室督办"),
    /** 逾期: the handling deadline passed; 督办 by the supervision office. */
    OVERDUE("逾期·督查室督办"),
    /** 挂牌督办: still unresolved after the grace period; the leaders take it up. */
    LEADER_ESCALATION("领导挂牌督办"),
    /** 通报批评: still unresolved after the leaders took it up, where the policy says so. */
    PUBLIC_NOTICE("通报批评"),
    /** 延期批准: the deadline moved. */
    EXTENSION_APPROVED("批准延期"),
    /** 延期驳回. */
    EXTENSION_REJECTED("驳回延期");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
