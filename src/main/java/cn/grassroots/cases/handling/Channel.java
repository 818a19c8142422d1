package cn.grassroots.cases.handling;

/** The four ways of going down to the grassroots (四下基层) through which an issue is collected. */
public enum Channel implements Labelled {
    /** 宣传党的路线、方针、政策下基层. */
    PUBLICIZE("宣传政策下基层"),
    /** 调查研究下基层. */
    RESEARCH("调查研究下基层"),
    /** 信访接待下基层. */
    PETITION("信访接待下基层"),
    /** 现场办公下基层. */
    ONSITE("现场办公下基层");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
