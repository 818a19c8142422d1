package cn.grassroots.cases.handling;

/** How urgently an issue must be handled. */
public enum Urgency implements Labelled {
    /** 一般. */
    NORMAL("一般"),
    /** 紧急. */
    URGENT("紧急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
