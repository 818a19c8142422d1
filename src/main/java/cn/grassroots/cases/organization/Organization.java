package cn.grassroots.cases.organization;

import java.util.List;
import java.util.Set;

/** A county's organisation as its administrator writes it in the organisation file. */
public record Organization(List<OrgUnit> units, List<Person> people) {

    /** The group of the leading cadres who go down to the grassroots. */
    public static final String CADRES = "cadres";

    public enum UnitKind {
        DEPARTMENT, TOWN, VILLAGE
    }

    /** A cadre's rank, which sets the visits the quota asks of him (下基层 quota policy). */
    public enum CadreRank {
        COUNTY_LEADER("县级领导"),
        TOWN_LEADER("乡镇领导"),
        DEPARTMENT_HEAD("部门负责人");

        private final String label;

        CadreRank(String label) {
            this.label = label;
        }

        /** The rank in words, as people read it. */
        public String label() {
            return label;
        }
    }

    /** Roles a person can have. Handlers belong to their units only; the others also to a role group. */
    public enum Role {
        HANDLER(null, null),
        HEAD(cn.grassroots.cases.handling.IssueHandlingProcess.Groups.HEADS, "单位负责人"),
        DISPATCH("dispatch", "分办中心（群众工作办）"),
        SUPERVISION("supervision", "督查室"),
        LEADERS("leaders", "领导"),
        /** A leading cadre who goes down to the grassroots (下基层); has a {@link CadreRank}. */
        CADRE(CADRES, "下基层领导干部");

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

    /** A person; {@code rank} is set exactly for cadres. */
    public record Person(String id, String name, String phone, List<String> units, Set<Role> roles, CadreRank rank) {
    }
}
