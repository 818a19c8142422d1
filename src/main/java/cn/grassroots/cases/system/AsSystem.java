package cn.grassroots.cases.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a piece of the application's own work as the system, without the current person's authorizations, and gives
 * the person back afterwards. For reads the application has already decided the person may have (their unit holds the
 * case), or work that is not theirs (evaluating the deadline policy to say whether a calendar is missing).
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication person = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (person != null) {
                identityService.setAuthentication(person);
            }
        }
    }
}
