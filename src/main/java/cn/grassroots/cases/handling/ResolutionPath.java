package cn.grassroots.cases.handling;

/** How the responsible unit is expected to resolve an issue (解决路径). */
public enum ResolutionPath implements Labelled {
    /** 直接办理. */
    DIRECT("直接办理"),
    /** 多部门协调. */
    COORDINATION("多部门协调办理"),
    /** 政策解释. */
    POLICY_EXPLANATION("政策解释"),
    /** 引导走法定途径. */
    LEGAL_CHANNEL("引导走法定途径");

    private final String label;

    ResolutionPath(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
