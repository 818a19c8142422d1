package cn.grassroots.cases.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * The grants each role needs, derived from the groups at start-up (after the organisation file is synchronised)
 * and added idempotently. Unit groups get no standing rights on cases: the engine grants a unit the tasks it is
 * candidate for, and takes them away when the case moves on, so a unit sees exactly the cases it holds.
 * <ul>
 * <li>every group: Tasklist, and reading the process model (names and diagram);</li>
 * <li>{@code dispatch}: start cases, read all cases, their tasks and history;</li>
 * <li>{@code supervision}, {@code leaders}: Cockpit too, read all cases, tasks and history; {@code supervision} also
 * retries failed jobs (a stopped deadline timer).</li>
 * </ul>
 */
@Component
public class AuthorizationGrants {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final AuthorizationService authorizationService;
    private final IdentityService identityService;

    AuthorizationGrants(AuthorizationService authorizationService, IdentityService identityService) {
        this.authorizationService = authorizationService;
        this.identityService = identityService;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 7)
    public void grant() {
        for (Group group : identityService.createGroupQuery().list()) {
            if (!"camunda-admin".equals(group.getId())) {
                grant(group.getId(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
                grant(group.getId(), Resources.PROCESS_DEFINITION, IssueHandlingProcess.KEY, Permissions.READ);
            }
        }
        for (String office : List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)) {
            grant(office, Resources.PROCESS_DEFINITION, IssueHandlingProcess.KEY, Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
            withdrawReadingEveryInstance(office);
            grant(office, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        }
        grant(Groups.DISPATCH, Resources.PROCESS_DEFINITION, IssueHandlingProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.DISPATCH, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        for (String office : List.of(Groups.SUPERVISION, Groups.LEADERS)) {
            grant(office, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        }
        // a deadline timer the engine stopped (its job failed until no retry was left) is retried by the office that
        // supervises deadlines, in Cockpit, without any other right to change a case
        grant(Groups.SUPERVISION, Resources.PROCESS_DEFINITION, IssueHandlingProcess.KEY,
                ProcessDefinitionPermissions.RETRY_JOB);
        narrowTaskGrantsToWork();
    }

    /**
     * Offices read the instances of the processes they are granted (READ_INSTANCE on the definition), not every
     * instance of every process: a wildcard READ on process instances, granted before visits existed, let the dispatch
     * office read unannounced visits (四不两直). Removed where it is still there; starting instances stays.
     */
    void withdrawReadingEveryInstance(String group) {
        Authorization wildcard = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(Authorization.ANY)
                .authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (wildcard != null && wildcard.isPermissionGranted(Permissions.READ)) {
            wildcard.removePermission(Permissions.READ);
            authorizationService.saveAuthorization(wildcard);
        }
    }

    /**
     * Tasks created before candidates got {@code TASK_WORK} (issue 9) carry Camunda's old default, {@code UPDATE}, which
     * lets their unit rewrite the case's variables, add candidates and move the due date: narrowed to {@code TASK_WORK}.
     */
    void narrowTaskGrantsToWork() {
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
            authorization.removePermission(Permissions.UPDATE);
            authorization.addPermission(Permissions.TASK_WORK);
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** What an office needs to follow a process: its model, instances, tasks, history and their variables. */
    public static final Permission[] READ_EVERYTHING_OF_A_PROCESS = {Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE};

    /** Every group but the administrators' reads the process's model, e.g. to see a task's diagram in Tasklist. */
    public void modelReadableByEveryGroup(String processKey) {
        for (Group group : identityService.createGroupQuery().list()) {
            if (!Groups.ADMINISTRATORS.equals(group.getId())) {
                grant(group.getId(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
            }
        }
    }

    /** Adds permissions to the group's grant on the resource, creating it if needed. */
    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
