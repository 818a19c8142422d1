package cn.grassroots.cases.petition;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
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

    private final AuthorizationGrants grants;

    PetitionSetup(AuthorizationGrants grants) {
        this.grants = grants;
    }

    @Override
    public List<String> taskDefinitionKeys() {
        return List.of(PetitionReviewProcess.Elements.TASK_INFORM_REFUSAL,
                PetitionReviewProcess.Elements.TASK_SUPERVISE_REVIEW);
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 8)
    public void grant() {
        grants.modelReadableByEveryGroup(PetitionReviewProcess.KEY);
        for (String office : List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)) {
            grants.grant(office, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY, AuthorizationGrants.READ_EVERYTHING_OF_A_PROCESS);
        }
        grants.grant(Groups.DISPATCH, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Groups.DISPATCH, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        grants.grant(Groups.SUPERVISION, Resources.PROCESS_DEFINITION, PetitionReviewProcess.KEY,
                ProcessDefinitionPermissions.RETRY_JOB);
    }
}
