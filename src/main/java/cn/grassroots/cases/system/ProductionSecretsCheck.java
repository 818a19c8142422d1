package cn.grassroots.cases.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, refuses to start without an administrator, with a well-known or short administrator password,
 * or with the demo's "password = user id" rule, and says why. The configuration is checked before any bean is
 * created (so the engine never creates an administrator with a weak password); whether an administrator exists
 * is checked once the engine runs, before the web server accepts a connection ({@link BeforeServingEvent}).
 */
@Component
@Profile("!demo")
class ProductionSecretsCheck {

    /** Runs before the engine is built. */
    @Configuration
    @Profile("!demo")
    static class EarlyCheck {

        @Bean
        static BeanFactoryPostProcessor productionSecretsEarlyCheck(Environment environment) {
            return beanFactory -> refuseIf(problems(environment, true));
        }
    }

    private final Environment environment;
    private final IdentityService identityService;

    ProductionSecretsCheck(Environment environment, IdentityService identityService) {
        this.environment = environment;
        this.identityService = identityService;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void refuseWithoutAdministrator() {
        boolean adminExists = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
        refuseIf(problems(environment, adminExists));
    }

    private static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Start-up refused (not the demo profile): " + String.join(" ", problems));
        }
    }

    static List<String> problems(Environment environment, boolean adminExists) {
        List<String> problems = new ArrayList<>();
        String adminId = environment.getProperty("camunda.bpm.admin-user.id");
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        if (adminId == null || adminId.isBlank()) {
            if (!adminExists) {
                problems.add("There is no administrator: set CAMUNDA_BPM_ADMINUSER_ID and "
                        + "CAMUNDA_BPM_ADMINUSER_PASSWORD for the first start.");
            }
        } else {
            List<String> weak = PasswordRules.problems(password, adminId,
                    environment.getProperty("camunda.bpm.admin-user.first-name"),
                    environment.getProperty("camunda.bpm.admin-user.last-name"),
                    environment.getProperty("camunda.bpm.admin-user.email"));
            if (!weak.isEmpty()) {
                problems.add("The administrator password (camunda.bpm.admin-user.password) is too weak: "
                        + String.join(", ", weak) + " (the password policy: at least " + PasswordRules.MIN_LENGTH
                        + " characters, not well known, not one piece repeated, not containing the id or names).");
            }
        }
        if ("USER_ID".equalsIgnoreCase(environment.getProperty("grassroots.organization.initial-passwords"))) {
            problems.add("grassroots.organization.initial-passwords=USER_ID is for the demo only.");
        }
        return problems;
    }
}
