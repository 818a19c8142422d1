package cn.grassroots.cases.organization;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * The demo county's organisation: offices, units and one login per role, each with the password equal to its
 * id. Exists only in the {@code demo} profile; creating it again changes nothing.
 */
@Component
@Profile("demo")
public class DemoOrganization {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrganization.class);
    private static final String OFFICE_GROUP_TYPE = "WORKFLOW";

    public static final List<Unit> UNITS = List.of(
            new Unit("unit-roads", "县交通运输局"),
            new Unit("unit-water", "县水利局"),
            new Unit("unit-civil", "县民政局"),
            new Unit("unit-hrss", "县人力资源和社会保障局"),
            new Unit("unit-land", "县自然资源局"),
            new Unit("unit-town-qingshan", "青山镇人民政府"),
            new Unit("unit-town-baishui", "白水镇人民政府"));

    record Person(String id, String name, List<String> groups) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("demo", "演示管理员", List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)),
            new Person("dispatcher", "王芳", List.of(Groups.DISPATCH)),
            new Person("supervisor", "李强", List.of(Groups.SUPERVISION)),
            new Person("leader", "张伟", List.of(Groups.LEADERS)),
            new Person("handler-roads", "赵磊", List.of("unit-roads")),
            new Person("handler-water", "钱敏", List.of("unit-water")),
            new Person("handler-civil", "孙丽", List.of("unit-civil")),
            new Person("handler-hrss", "周杰", List.of("unit-hrss")),
            new Person("handler-land", "吴涛", List.of("unit-land")),
            new Person("handler-qingshan", "郑洁", List.of("unit-town-qingshan")),
            new Person("handler-baishui", "冯刚", List.of("unit-town-baishui")));

    private final IdentityService identityService;

    DemoOrganization(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void create() {
        group(Groups.DISPATCH, "分办中心（群众工作办）", OFFICE_GROUP_TYPE);
        group(Groups.SUPERVISION, "督查室", OFFICE_GROUP_TYPE);
        group(Groups.LEADERS, "领导", OFFICE_GROUP_TYPE);
        UNITS.forEach(unit -> group(unit.groupId(), unit.name(), Unit.GROUP_TYPE));
        PEOPLE.forEach(this::person);
        LOG.info("Demo organisation ready: {} units, {} logins (password = user id)", UNITS.size(), PEOPLE.size());
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void person(Person person) {
        if (identityService.createUserQuery().userId(person.id()).count() == 0) {
            User user = identityService.newUser(person.id());
            user.setFirstName(person.name());
            user.setLastName("");
            user.setPassword(person.id());
            user.setEmail(person.id() + "@demo.grassroots.cn");
            identityService.saveUser(user);
        }
        for (String groupId : person.groups()) {
            if (identityService.createUserQuery().userId(person.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(person.id(), groupId);
            }
        }
    }
}
