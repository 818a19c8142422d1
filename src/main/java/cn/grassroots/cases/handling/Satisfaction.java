package cn.grassroots.cases.handling;

/** The reporter's rating at the callback (回访评价). */
public enum Satisfaction {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED
}
