package cn.grassroots.cases.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * One password policy for every password (issue 9: only the administrator's was checked, at start-up, and users could
 * set their id or {@code demodemodemo}): at least 12 characters, not a well-known password, not one short piece
 * repeated ({@code aaaaaaaaaaaa}, {@code demodemodemo}), and not containing the user's id, names or e-mail. The engine
 * applies it to every password a person sets (Admin, {@code /user/create}, {@code /user/{id}/credentials}) except in
 * the demo, whose logins are their ids; {@link ProductionSecretsCheck} applies it to the configured administrator
 * before the engine exists.
 */
public final class PasswordRules implements PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "camunda", "password", "123456", "12345678",
            "123456789", "1234567890", "123456789012", "changeme", "secret", "qwerty", "admin123", "password1",
            "password123", "qwertyuiop", "qwerty123456", "1q2w3e4r5t6y", "administrator", "passw0rd1234",
            "iloveyou1234", "a1b2c3d4e5f6", "woaini1314520", "88888888", "666666666666", "147258369147");
    private static final Pattern REPEATED = Pattern.compile("(.{1,6})\\1+");

    private static final PasswordPolicyRule LENGTH = new PasswordPolicyLengthRuleImpl(MIN_LENGTH);
    private static final PasswordPolicyRule USER_DATA = new PasswordPolicyUserDataRuleImpl();
    private static final PasswordPolicyRule NOT_WELL_KNOWN = rule("PASSWORD_POLICY_NOT_WELL_KNOWN",
            password -> !WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT)));
    private static final PasswordPolicyRule NOT_REPEATED = rule("PASSWORD_POLICY_NOT_REPEATED",
            password -> !REPEATED.matcher(password).matches());

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(LENGTH, USER_DATA, NOT_WELL_KNOWN, NOT_REPEATED);
    }

    /** What is wrong with a password for this user, in words for the log; empty when it is acceptable. */
    static List<String> problems(String password, String userId, String firstName, String lastName, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || !LENGTH.execute(password)) {
            problems.add("shorter than " + MIN_LENGTH + " characters");
            return problems;
        }
        if (!NOT_WELL_KNOWN.execute(password)) {
            problems.add("a well-known password");
        }
        if (!NOT_REPEATED.execute(password)) {
            problems.add("one short piece repeated");
        }
        if (!USER_DATA.execute(password, new Person(userId, firstName, lastName, email))) {
            problems.add("contains the user's id, name or e-mail");
        }
        return problems;
    }

    private static PasswordPolicyRule rule(String placeholder, Predicate<String> accepts) {
        return new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return placeholder;
            }

            @Override
            public Map<String, String> getParameters() {
                return Map.of();
            }

            @Override
            public boolean execute(String candidatePassword) {
                return candidatePassword != null && accepts.test(candidatePassword);
            }
        };
    }

    /** The user a password is for, as the engine's user-data rule reads it. */
    private record Person(String id, String firstName, String lastName, String email) implements User {

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getFirstName() {
            return firstName;
        }

        @Override
        public String getLastName() {
            return lastName;
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void setId(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setFirstName(String firstName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setLastName(String lastName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEmail(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPassword(String password) {
            throw new UnsupportedOperationException();
        }
    }
}
