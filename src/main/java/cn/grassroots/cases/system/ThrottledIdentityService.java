package cn.grassroots.cases.system;

import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Every password check of the engine (webapp login, HTTP basic on the REST API) goes through {@link LoginThrottle}: a
 * user or address that is being delayed fails without the password being looked at, and each outcome is counted.
 */
class ThrottledIdentityService extends IdentityServiceImpl {

    private final LoginThrottle throttle;

    ThrottledIdentityService(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = ClientAddress.current();
        if (!throttle.wait(userId, address).isZero()) {
            return false;
        }
        boolean matches = super.checkPassword(userId, password);
        if (matches) {
            throttle.succeeded(userId);
        } else {
            throttle.failed(userId, address);
        }
        return matches;
    }
}
