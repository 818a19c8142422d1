package cn.grassroots.cases.handling;

/** Subject of an issue; the deadline policy maps it to a default responsible unit. */
public enum Category implements Labelled {
    /** 道路交通. */
    ROADS_TRAFFIC("道路交通"),
    /** 供水排水与水利. */
    WATER("供水排水与水利"),
    /** 民政救助. */
    CIVIL_AFFAIRS("民政救助"),
    /** 劳动就业与社会保障. */
    LABOR_SOCIAL_SECURITY("劳动就业与社会保障"),
    /** 土地房屋. */
    LAND_HOUSING("土地房屋"),
    /** 生态环境. */
    ENVIRONMENT("生态环境"),
    /** 农业农村. */
    AGRICULTURE("农业农村"),
    /** 政策咨询. */
    POLICY_INQUIRY("政策咨询"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
