package cn.grassroots.cases.supervision;

/** The steps of the escalation ladder, as recorded in {@code escalation_event}. */
public enum EscalationKind {
    /** 预警: the deadline is near. */
    WARNING,
    /** 签收逾期: the unit neither accepted nor returned the case in time; 督办 by the supervision office. */
    SIGN_OFF_OVERDUE,
    /** 逾期: the handling deadline passed; 督办 by the supervision office. */
    OVERDUE,
    /** 挂牌督办: still unresolved after the grace period; the leaders take it up. */
    LEADER_ESCALATION,
    /** 通报批评: still unresolved after the leaders took it up, where the policy says so. */
    PUBLIC_NOTICE,
    /** 延期批准: the deadline moved. */
    EXTENSION_APPROVED,
    /** 延期驳回. */
    EXTENSION_REJECTED
}
