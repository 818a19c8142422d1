package cn.grassroots.cases.system;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The application's own endpoints that belong to some offices: anyone else is answered 403 with the reason. */
public final class GroupAccess {

    private GroupAccess() {
    }

    /** The person, if they belong to one of {@code groups}; otherwise 403 with {@code reason}. */
    public static Authentication require(IdentityService identity, Set<String> groups, String reason) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(groups::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
        }
        return user;
    }
}
