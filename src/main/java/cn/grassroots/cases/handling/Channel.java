package cn.grassroots.cases.handling;

/** The four ways of going down to the grassroots (四下基层) through which an issue is collected. */
public enum Channel {
    /** 宣传党的路线、方针、政策下基层. */
    PUBLICIZE,
    /** 调查研究下基层. */
    RESEARCH,
    /** 信访接待下基层. */
    PETITION,
    /** 现场办公下基层. */
    ONSITE
}
