package cn.grassroots.cases.handling;

/** How the responsible unit is expected to resolve an issue (解决路径). */
public enum ResolutionPath {
    /** 直接办理. */
    DIRECT,
    /** 多部门协调. */
    COORDINATION,
    /** 政策解释. */
    POLICY_EXPLANATION,
    /** 引导走法定途径. */
    LEGAL_CHANNEL
}
