package cn.grassroots.cases.organization;

import java.util.List;
import java.util.Set;

/** A county's organisation as its administrator writes it in the organisation file. */
public record Organization(List<OrgUnit> units, List<Person> people) {

    public enum UnitKind {
        DEPARTMENT, TOWN, VILLAGE
    }

    /** Roles a person can have. Handlers belong to their units only; the others also to a role group. */
    public enum Role {
        HANDLER(null, null),
        HEAD(cn.grassroots.cases.handling.IssueHandlingProcess.Groups.HEADS, "单位负责人"),
        DISPATCH("dispatch", "分办中心（群众工作办）"),
        SUPERVISION("supervision", "督查室"),
        LEADERS("leaders", "领导");

        private final String groupId;
        private final String groupName;

        Role(String groupId, String groupName) {
            this.groupId = groupId;
            this.groupName = groupName;
        }

        /** The role's group, or null for handlers. */
        public String groupId() {
            return groupId;
        }

        public String groupName() {
            return groupName;
        }
    }

    /** A responsible unit; its group id is {@code unit-<code>}. */
    public record OrgUnit(String code, String name, UnitKind kind, String parent) {

        public String groupId() {
            return Unit.ID_PREFIX + code;
        }
    }

    public record Person(String id, String name, String phone, List<String> units, Set<Role> roles) {
    }
}
