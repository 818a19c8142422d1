package cn.grassroots.cases.inspection;

import java.util.List;

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
 * At every start, after the organisation's own grants: who may do what with the rounds.
 * <ul>
 * <li>the supervision office runs all three processes (starts spot checks and campaigns, compiles a round now), reads
 * them and retries a stopped timer;</li>
 * <li>leaders open campaigns and read all three;</li>
 * <li>every group reads the models, so a unit sees its 整改反馈 task's diagram; units work their tasks through the
 * grants the engine gives a task's candidates.</li>
 * </ul>
 * Their office tasks join the Tasklist filter 督办.
 */
@Component
class InspectionSetup implements TasklistFilters.SupervisionTasks {

    private static final List<String> PROCESSES = List.of(SupervisionRoundProcess.KEY, SpotCheckProcess.KEY,
            SupervisionCampaignProcess.KEY);
    private final AuthorizationGrants grants;

    InspectionSetup(AuthorizationGrants grants) {
        this.grants = grants;
    }

    @Override
    public List<String> taskDefinitionKeys() {
        return List.of(SupervisionRoundProcess.Elements.TASK_PUBLISH_NOTICE,
                SupervisionRoundProcess.Elements.TASK_RECTIFICATION_FEEDBACK,
                SupervisionRoundProcess.Elements.TASK_SUPERVISE_FEEDBACK, SpotCheckProcess.Elements.TASK_LOOK_BACK,
                SupervisionCampaignProcess.Elements.TASK_WRITE_REPORT);
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 8)
    public void grant() {
        grants.modelReadableByEveryGroup(SupervisionRoundProcess.KEY);
        for (String process : PROCESSES) {
            for (String office : List.of(Groups.SUPERVISION, Groups.LEADERS)) {
                grants.grant(office, Resources.PROCESS_DEFINITION, process, AuthorizationGrants.READ_EVERYTHING_OF_A_PROCESS);
            }
            grants.grant(Groups.SUPERVISION, Resources.PROCESS_DEFINITION, process,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
        }
        grants.grant(Groups.LEADERS, Resources.PROCESS_DEFINITION, SupervisionCampaignProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        for (String office : List.of(Groups.SUPERVISION, Groups.LEADERS)) {
            grants.grant(office, Resources.PROCESS_INSTANCE, org.camunda.bpm.engine.authorization.Authorization.ANY,
                    Permissions.CREATE);
        }
    }
}
