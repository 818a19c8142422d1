package cn.grassroots.cases.organization;

import cn.grassroots.cases.handling.IssueHandlingProcess;

/**
 * How responsible units (责任单位: departments, town governments, village committees) appear in the identity
 * service: groups of type {@link #GROUP_TYPE} whose id is {@code unit-<code>}.
 */
public final class Unit {

    public static final String GROUP_TYPE = IssueHandlingProcess.Groups.UNIT_GROUP_TYPE;
    public static final String ID_PREFIX = "unit-";

    private Unit() {
    }
}
