package cn.grassroots.cases.handling;

/** The reporter's rating at the callback (回访评价). */
public enum Satisfaction implements Labelled {
    /** 满意. */
    SATISFIED("满意"),
    /** 基本满意. */
    BASICALLY_SATISFIED("基本满意"),
    /** 不满意. */
    DISSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
