package cn.grassroots.cases.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;

/**
 * The organisation file, synchronised into the identity service. Each test ends by synchronising the demo county
 * again, which the other tests rely on.
 */
@GrassrootsTest
class OrganizationSyncTests {

    static final String COUNTY = """
            units:
              - { code: roads, name: 县交通运输局, kind: DEPARTMENT }
              - { code: town-qingshan, name: 青山镇人民政府, kind: TOWN }
              - { code: sync-test-town, name: 测试镇, kind: TOWN }
            people:
              - { id: sync-handler, name: 测试经办人, phone: "13700000000", units: [sync-test-town], roles: [handler] }
              - { id: sync-head, name: 测试负责人, units: [sync-test-town, roads], roles: [head] }
              - { id: sync-supervisor, name: 测试督查员, roles: [supervision] }
            """;

    @Autowired
    OrganizationSync sync;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreDemoCounty() {
        sync.synchronize(OrganizationFileReader.read(new ClassPathResource("organization/demo-county.yaml")));
        identityService.deleteUser("hand-made");
    }

    @Test
    void peopleUnitsAndRolesAreCreatedWithTheirMemberships() {
        sync.synchronize(read(COUNTY));

        Group town = identityService.createGroupQuery().groupId("unit-sync-test-town").singleResult();
        assertThat(town.getName()).isEqualTo("测试镇");
        assertThat(town.getType()).isEqualTo(Unit.GROUP_TYPE);
        assertThat(groupsOf("sync-handler")).containsExactlyInAnyOrder("unit-sync-test-town");
        assertThat(groupsOf("sync-head")).containsExactlyInAnyOrder("unit-sync-test-town", "unit-roads", "heads");
        assertThat(groupsOf("sync-supervisor")).containsExactly("supervision");
        assertThat(identityService.createUserQuery().userId("sync-handler").singleResult().getFirstName())
                .isEqualTo("测试经办人");
        assertThat(jdbc.queryForObject("SELECT phone FROM org_person WHERE person_id = 'sync-handler'", String.class))
                .isEqualTo("13700000000");
        assertThat(jdbc.queryForObject("SELECT kind FROM org_unit WHERE code = 'sync-test-town'", String.class))
                .isEqualTo("TOWN");
    }

    @Test
    void synchronisingTheSameFileAgainChangesNothing() {
        sync.synchronize(read(COUNTY));

        assertThat(sync.synchronize(read(COUNTY)).changedNothing()).isTrue();
    }

    @Test
    void changesAndRemovalsFollowTheFileButHandMadeUsersAreLeftAlone() {
        User handMade = identityService.newUser("hand-made");
        handMade.setFirstName("手工创建");
        handMade.setPassword("a-long-password-1");
        identityService.saveUser(handMade);
        identityService.createMembership("hand-made", "unit-roads");
        sync.synchronize(read(COUNTY));

        OrganizationSync.Report report = sync.synchronize(read("""
                units:
                  - { code: roads, name: 县交通运输局, kind: DEPARTMENT }
                  - { code: sync-test-town, name: 测试镇（更名）, kind: TOWN }
                people:
                  - { id: sync-handler, name: 测试经办人, units: [roads], roles: [handler] }
                """));

        assertThat(report.removed()).isGreaterThanOrEqualTo(2);
        assertThat(identityService.createGroupQuery().groupId("unit-sync-test-town").singleResult().getName())
                .isEqualTo("测试镇（更名）");
        assertThat(identityService.createGroupQuery().groupId("unit-town-qingshan").count()).isZero();
        assertThat(groupsOf("sync-handler")).containsExactly("unit-roads");
        assertThat(identityService.createUserQuery().userId("sync-head").count()).isZero();
        assertThat(identityService.createUserQuery().userId("sync-supervisor").count()).isZero();
        assertThat(identityService.createUserQuery().userId("hand-made").count()).isOne();
        // the demo file's administrator is no longer in this file, but an administrator is never removed
        assertThat(identityService.createUserQuery().userId("demo").memberOfGroup("camunda-admin").count()).isOne();
        assertThat(groupsOf("hand-made")).containsExactly("unit-roads");
    }

    @Test
    void aMalformedFileIsRefusedNamingTheLineAndTheProblem() {
        assertThatThrownBy(() -> read("""
                units:
                  - { code: roads, name: 县交通运输局, kind: DEPARTMENT }
                  - { code: rods2, name: 错误, kind: AGENCY }
                people: []
                """)).hasMessage("Organisation file county.yaml line 3: unit 'rods2' has unknown kind 'AGENCY' "
                + "(DEPARTMENT, TOWN or VILLAGE)");
        assertThatThrownBy(() -> read("""
                units:
                  - { code: roads, name: 县交通运输局, kind: DEPARTMENT }
                people:
                  - { id: a, name: 甲, roles: [handler], units: [roads] }
                  - { id: b, name: 乙, roles: [handler], units: [rods] }
                """)).hasMessageContaining("line 5").hasMessageContaining("unknown unit 'rods'");
        assertThatThrownBy(() -> read("""
                units: []
                people:
                  - { id: Bad Id, name: 甲, roles: [dispatch] }
                """)).hasMessageContaining("line 3").hasMessageContaining("'Bad Id' is not a valid id");
        assertThatThrownBy(() -> read("""
                units: []
                people:
                  - { id: a, name: 甲, roles: [boss] }
                """)).hasMessageContaining("line 3").hasMessageContaining("unknown role 'boss'");
        assertThatThrownBy(() -> read("units: [ { code: x\n")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("""
                units: []
                people:
                  - { id: a, name: 甲, roles: [handler] }
                """)).hasMessageContaining("belongs to no unit");
        assertThatThrownBy(() -> read("""
                units: []
                people:
                  - { id: a, name: 甲, role: [dispatch] }
                """)).hasMessageContaining("unknown field 'role'");
    }

    private java.util.List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private static Organization read(String yaml) {
        return OrganizationFileReader.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "county.yaml";
            }
        });
    }
}
