package cn.grassroots.cases.supervision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * Who may approve a unit's extension request (延期审批): the supervision office (the task's candidate group) and the
 * heads of the responsible unit (its candidate users, named here when the request arrives). A unit's handlers never
 * approve their own extension.
 */
@Component("extensionApprovers")
public class ExtensionApprovers {

    private final IdentityService identityService;

    ExtensionApprovers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Who decides the extension the unit asked for: the unit's heads, except the person who asked (a head who handled
     * the case himself does not approve his own request; supervision then decides).
     */
    public List<String> approversFor(String unitGroupId, String requestedBy) {
        return headsOf(unitGroupId).stream().filter(head -> !head.equals(requestedBy)).toList();
    }

    /** Ids of the people who head the unit {@code unitGroupId} (members of both the unit and {@code heads}). */
    public List<String> headsOf(String unitGroupId) {
        if (unitGroupId == null || unitGroupId.isBlank()) {
            return List.of();
        }
        // the requesting handler may not read other users; the engine names the approvers, not the handler
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            Set<String> heads = ids(identityService.createUserQuery().memberOfGroup(Groups.HEADS).list());
            return identityService.createUserQuery().memberOfGroup(unitGroupId).orderByUserId().asc().list()
                    .stream().map(User::getId).filter(heads::contains).toList();
        });
    }

    private static Set<String> ids(List<User> users) {
        return users.stream().map(User::getId).collect(Collectors.toSet());
    }
}
