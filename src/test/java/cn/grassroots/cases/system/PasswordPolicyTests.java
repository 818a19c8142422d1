package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.grassroots.cases.FreshDatabase;
import cn.grassroots.cases.GrassrootsCasesApplication;
import cn.grassroots.cases.SeparateStart;

/**
 * Outside the demo every password a person sets follows one policy (issue 9: only the administrator's was checked;
 * users could set their id, aaaaaaaaaaaa or demodemodemo). Checked on a production start through the identity service
 * that Admin and the REST API's /user/create and /user/{id}/credentials use (the suite's HTTP port belongs to its
 * shared demo application).
 */
class PasswordPolicyTests {

    static final String ADMIN_PASSWORD = "r7-Qy!lake-Zenith-42";

    @Test
    void everyPasswordAPersonSetsFollowsThePolicy() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                .profiles("test");
        try (FreshDatabase database = FreshDatabase.create();
                ConfigurableApplicationContext started = SeparateStart.run(production, database,
                        "--camunda.bpm.admin-user.id=county-admin",
                        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD)) {
            IdentityService identity = started.getBean(IdentityService.class);
            assertThat(identity.checkPassword("county-admin", ADMIN_PASSWORD)).isTrue();
            assertThat(identity.getPasswordPolicy().getRules()).extracting(PasswordPolicyRule::getPlaceholder)
                    .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA", "PASSWORD_POLICY_NOT_REPEATED");

            for (String weak : new String[] {"handler-new", "handler-new-2026", "aaaaaaaaaaaa", "demodemodemo",
                    "password123", "short"}) {
                assertThatThrownBy(() -> identity.saveUser(newUser(identity, weak))).as(weak)
                        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("policy");
            }
            assertThat(identity.createUserQuery().userId("handler-new").count()).isZero();

            assertThatCode(() -> identity.saveUser(newUser(identity, "Zy7-harbor-lantern-92")))
                    .doesNotThrowAnyException();
            User created = identity.createUserQuery().userId("handler-new").singleResult();
            created.setPassword("handler-new");
            assertThatThrownBy(() -> identity.saveUser(created)).isInstanceOf(ProcessEngineException.class);
            assertThat(identity.checkPassword("handler-new", "Zy7-harbor-lantern-92")).isTrue();
        }
    }

    private static User newUser(IdentityService identity, String password) {
        User user = identity.newUser("handler-new");
        user.setFirstName("新");
        user.setLastName("办理员");
        user.setPassword(password);
        return user;
    }
}
