package cn.grassroots.cases.handling;

/** How urgently an issue must be handled. */
public enum Urgency {
    /** 一般. */
    NORMAL,
    /** 紧急. */
    URGENT
}
