package cn.grassroots.cases.organization;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.grassroots.cases.organization.Organization.OrgUnit;
import cn.grassroots.cases.organization.Organization.Person;
import cn.grassroots.cases.organization.Organization.Role;

/**
 * Brings the engine's users, groups and memberships in line with the organisation file: creates what is missing,
 * updates names, removes what the file no longer lists. Only identities the file manages (recorded in
 * {@code org_managed_identity}) are ever changed or removed; a person or group of the file that already exists is
 * taken over. Running it twice changes nothing the second time.
 */
@Service
public class OrganizationSync {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationSync.class);
    private static final String USER = "USER";
    private static final String GROUP = "GROUP";
    private static final String OFFICE_GROUP_TYPE = "WORKFLOW";

    /** What a synchronisation changed. */
    public record Report(int created, int updated, int removed) {
        public boolean changedNothing() {
            return created == 0 && updated == 0 && removed == 0;
        }
    }

    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final OrganizationProperties properties;
    private final SecureRandom random = new SecureRandom();

    OrganizationSync(IdentityService identityService, JdbcTemplate jdbc, OrganizationProperties properties) {
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional
    public Report synchronize(Organization organization) {
        int[] counts = new int[3];
        Map<String, String[]> groups = desiredGroups(organization);
        groups.forEach((id, nameAndType) -> count(counts, group(id, nameAndType[0], nameAndType[1])));
        for (String id : managed(GROUP)) {
            if (!groups.containsKey(id)) {
                identityService.deleteGroup(id);
                unmanage(GROUP, id);
                counts[2]++;
            }
        }
        Set<String> people = new HashSet<>();
        for (Person person : organization.people()) {
            people.add(person.id());
            count(counts, user(person));
            counts[1] += memberships(person, groups.keySet());
        }
        for (String id : managed(USER)) {
            if (!people.contains(id)) {
                unmanage(USER, id);
                jdbc.update("DELETE FROM org_person WHERE person_id = ?", id);
                if (isAdministrator(id)) {
                    // never lock the county out of Admin: an administrator leaves the file's care but stays
                    LOG.warn("User {} is no longer in the organisation file but is an administrator: kept", id);
                } else {
                    identityService.deleteUser(id);
                }
                counts[2]++;
            }
        }
        storeUnits(organization.units());
        Report report = new Report(counts[0], counts[1], counts[2]);
        LOG.info("Organisation synchronised: {} units, {} people; {} created, {} updated, {} removed",
                organization.units().size(), people.size(), report.created(), report.updated(), report.removed());
        return report;
    }

    private boolean isAdministrator(String userId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    private static Map<String, String[]> desiredGroups(Organization organization) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (role.groupId() != null) {
                groups.put(role.groupId(), new String[] {role.groupName(), OFFICE_GROUP_TYPE});
            }
        }
        for (OrgUnit unit : organization.units()) {
            groups.put(unit.groupId(), new String[] {unit.name(), Unit.GROUP_TYPE});
        }
        return groups;
    }

    /** 0 unchanged, 1 created, 2 updated. */
    private int group(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        boolean wasManaged = isManaged(GROUP, id);
        manage(GROUP, id);
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            return 1;
        }
        if (!Objects.equals(group.getName(), name) || !Objects.equals(group.getType(), type)) {
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            return 2;
        }
        return wasManaged ? 0 : 2;
    }

    private int user(Person person) {
        User user = identityService.createUserQuery().userId(person.id()).singleResult();
        boolean wasManaged = isManaged(USER, person.id());
        manage(USER, person.id());
        storePerson(person);
        if (user == null) {
            user = identityService.newUser(person.id());
            user.setFirstName(person.name());
            user.setLastName("");
            user.setPassword(initialPassword(person.id()));
            identityService.saveUser(user);
            return 1;
        }
        if (!Objects.equals(user.getFirstName(), person.name())) {
            user.setFirstName(person.name());
            identityService.saveUser(user);
            return 2;
        }
        return wasManaged ? 0 : 2;
    }

    /** Memberships of a person among the managed groups, exactly as the file says; answers how many changed. */
    private int memberships(Person person, Set<String> managedGroups) {
        Set<String> wanted = new HashSet<>();
        person.units().forEach(code -> wanted.add(Unit.ID_PREFIX + code));
        person.roles().stream().map(Role::groupId).filter(Objects::nonNull).forEach(wanted::add);
        Set<String> current = new HashSet<>();
        identityService.createGroupQuery().groupMember(person.id()).list().forEach(g -> current.add(g.getId()));
        int changes = 0;
        for (String groupId : wanted) {
            if (!current.contains(groupId)) {
                identityService.createMembership(person.id(), groupId);
                changes++;
            }
        }
        for (String groupId : current) {
            if (managedGroups.contains(groupId) && !wanted.contains(groupId)) {
                identityService.deleteMembership(person.id(), groupId);
                changes++;
            }
        }
        return changes;
    }

    private String initialPassword(String userId) {
        if (properties.initialPasswords() == OrganizationProperties.InitialPasswords.USER_ID) {
            return userId;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        LOG.info("Created user {} with a random password: set the password in Admin", userId);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    private void storeUnits(List<OrgUnit> units) {
        jdbc.update("DELETE FROM org_unit");
        for (OrgUnit unit : units) {
            jdbc.update("INSERT INTO org_unit (code, group_id, name, kind, parent_code) VALUES (?, ?, ?, ?, ?)",
                    unit.code(), unit.groupId(), unit.name(), unit.kind().name(), unit.parent());
        }
    }

    private void storePerson(Person person) {
        String rank = person.rank() == null ? null : person.rank().name();
        if (jdbc.update("UPDATE org_person SET name = ?, phone = ?, cadre_rank = ? WHERE person_id = ?",
                person.name(), person.phone(), rank, person.id()) == 0) {
            jdbc.update("INSERT INTO org_person (person_id, name, phone, cadre_rank) VALUES (?, ?, ?, ?)",
                    person.id(), person.name(), person.phone(), rank);
        }
    }

    private static void count(int[] counts, int change) {
        if (change == 1) {
            counts[0]++;
        } else if (change == 2) {
            counts[1]++;
        }
    }

    private List<String> managed(String kind) {
        return jdbc.queryForList("SELECT identity_id FROM org_managed_identity WHERE kind = ?", String.class, kind);
    }

    private boolean isManaged(String kind, String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_managed_identity WHERE kind = ? AND identity_id = ?",
                Integer.class, kind, id) > 0;
    }

    private void manage(String kind, String id) {
        if (!isManaged(kind, id)) {
            jdbc.update("INSERT INTO org_managed_identity (kind, identity_id) VALUES (?, ?)", kind, id);
        }
    }

    private void unmanage(String kind, String id) {
        jdbc.update("DELETE FROM org_managed_identity WHERE kind = ? AND identity_id = ?", kind, id);
    }
}
