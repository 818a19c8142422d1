package cn.grassroots.cases.organization;

import cn.grassroots.cases.handling.IssueHandlingProcess;

/**
 * A responsible unit (责任单位): a department, a town government or a village committee. In the identity
 * service it is a group of type {@link #GROUP_TYPE} whose id is {@code unit-<code>}.
 */
public record Unit(String groupId, String name) {

    public static final String GROUP_TYPE = IssueHandlingProcess.Groups.UNIT_GROUP_TYPE;
    public static final String ID_PREFIX = "unit-";
}
