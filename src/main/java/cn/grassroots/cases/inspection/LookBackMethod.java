package cn.grassroots.cases.inspection;

/** How 回头看 checked a case. */
public enum LookBackMethod {
    /** 电话回访反映人. */
    PHONE("电话回访"),
    /** 实地查看. */
    VISIT("实地查看"),
    /** 查阅材料. */
    RECORDS("查阅材料");

    private final String label;

    LookBackMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
