package cn.grassroots.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import cn.grassroots.cases.system.FormFieldKeys;

/** What a registration may carry is exactly what the registration form lets a person fill in. */
class RegistrationFieldsTests {

    @Test
    void theRegistrationFieldsAreTheFieldsOfTheStartForm() throws IOException {
        assertThat(FormFieldKeys.settable(new FileInputStream("forms/register-issue.form")))
                .containsExactlyInAnyOrderElementsOf(IssueFacts.FIELDS);
    }
}
