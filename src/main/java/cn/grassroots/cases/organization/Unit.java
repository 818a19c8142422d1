package cn.grassroots.cases.organization;

/**
 * A responsible unit (责任单位): a department, a town government or a village committee. In the identity
 * service it is a group of type {@link #GROUP_TYPE} whose id is {@code unit-<code>}.
 */
public record Unit(String groupId, String name) {

    public static final String GROUP_TYPE = "UNIT";
    public static final String ID_PREFIX = "unit-";
}
