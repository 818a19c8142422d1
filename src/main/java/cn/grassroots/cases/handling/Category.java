package cn.grassroots.cases.handling;

/** Subject of an issue; the deadline policy maps it to a default responsible unit. */
public enum Category {
    /** 道路交通. */
    ROADS_TRAFFIC,
    /** 供水排水与水利. */
    WATER,
    /** 民政救助. */
    CIVIL_AFFAIRS,
    /** 劳动就业与社会保障. */
    LABOR_SOCIAL_SECURITY,
    /** 土地房屋. */
    LAND_HOUSING,
    /** 生态环境. */
    ENVIRONMENT,
    /** 农业农村. */
    AGRICULTURE,
    /** 政策咨询. */
    POLICY_INQUIRY,
    /** 其他. */
    OTHER
}
