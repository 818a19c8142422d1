package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSecretsCheckTests {

    @Test
    void aFirstStartWithoutAnAdministratorIsRefused() {
        assertThat(ProductionSecretsCheck.problems(new MockEnvironment(), false))
                .singleElement().asString().contains("CAMUNDA_BPM_ADMINUSER_ID");
    }

    @Test
    void aLaterStartWithAnAdministratorInTheDatabaseNeedsNoConfiguredOne() {
        assertThat(ProductionSecretsCheck.problems(new MockEnvironment(), true)).isEmpty();
    }

    @Test
    void wellKnownShortOrUserIdPasswordsAreRefused() {
        for (String password : new String[] {"demo", "Password1", "short", "county-admin", "aaaaaaaaaaaa",
                "demodemodemo", "my-county-admin-2026", "qwertyuiop"}) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("camunda.bpm.admin-user.id", "county-admin")
                    .withProperty("camunda.bpm.admin-user.password", password);
            assertThat(ProductionSecretsCheck.problems(environment, false)).as(password)
                    .singleElement().asString().contains("administrator password").contains("too weak");
        }
    }

    @Test
    void aStrongAdministratorPasswordIsAccepted() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", "county-admin")
                .withProperty("camunda.bpm.admin-user.password", "r7-Qy!lake-Zenith-42");
        assertThat(ProductionSecretsCheck.problems(environment, false)).isEmpty();
    }

    @Test
    void demoPasswordsForOrganisationUsersAreRefused() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("grassroots.organization.initial-passwords", "USER_ID");
        assertThat(ProductionSecretsCheck.problems(environment, true)).singleElement().asString()
                .contains("demo only");
    }
}
