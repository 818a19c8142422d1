package cn.grassroots.cases.petition;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.AuthorizationGrants;
import cn.grassroots.cases.organization.TasklistFilters;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * Who may do what with 复查 and 复核: the dispatch office registers requests and reads them; the supervision office and
 * leaders read them and the supervision office retries a stopped timer; every group reads the model (the reviewing
 * organ works its task through the grants the engine gives candidates). Its office tasks join the filter 督办.
 */
@Component
class PetitionSetup implements TasklistFilters.SupervisionTasks {

    private static final Permission[] READ_ALL = {Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE};

    private final AuthorizationGrants grants;
    private final IdentityService identity;

    PetitionSetup(AuthorizationGrants grants, IdentityService identity) {
        this.grants = grants;
        this.identity = identity;
    }

    @Override
    public List<String> taskDefinitionKeys() {
        return List.of(PetitionReviewProcess.Elements.TASK_INFORM_REFUSAL,
                PetitionReviewProcess.Elements.TASK_SUPERVISE_REVIEW);
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 8)
    public void grant() {
        for (Group group : identity.createGroupQuery().list()) {
            if (!Groups.ADMINISTRATORS.equals(group.getId())) {
                grants.grant(group.getId(), Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY, Permissions.READ);
            }
        }
        for (String office : List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)) {
            grants.grant(office, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY, READ_ALL);
        }
        grants.grant(Groups.DISPATCH, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Groups.DISPATCH, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        grants.grant(Groups.SUPERVISION, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY,
                ProcessDefinitionPermissions.RETRY_JOB);
    }
}
