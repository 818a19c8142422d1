package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.organization.AuthorizationGrants;
import cn.grassroots.cases.organization.Organization;
import cn.grassroots.cases.organization.TasklistFilters;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * At every start, after the organisation's own grants: who may do what with visits, and the Tasklist filter 我的下基层.
 * <ul>
 * <li>cadres plan their visits and register the issues raised on them (start both processes); they read a visit
 * through its tasks, which are theirs;</li>
 * <li>the leaders' and supervision offices plan visits for any cadre and read every visit, its tasks and history,
 * unannounced ones included (四不两直: nobody else has any right on a visit in the engine);</li>
 * <li>the supervision office works the 督促 tasks and retries a stopped timer; it also runs and reads the monthly
 * quota check.</li>
 * </ul>
 */
@Component
class VisitSetup {

    static final String MY_VISITS = "我的下基层";

    private final AuthorizationGrants grants;
    private final TasklistFilters filters;

    VisitSetup(AuthorizationGrants grants, TasklistFilters filters) {
        this.grants = grants;
        this.filters = filters;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 8)
    public void grantAndFilter() {
        for (String group : List.of(Organization.CADRES, "leaders", "supervision")) {
            grants.grant(group, Resources.PROCESS_DEFINITION, GrassrootsVisitProcess.KEY, Permissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        grants.grant(Organization.CADRES, Resources.PROCESS_DEFINITION, IssueHandlingProcess.KEY, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        for (String office : List.of("leaders", "supervision")) {
            grants.grant(office, Resources.PROCESS_DEFINITION, GrassrootsVisitProcess.KEY,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
        }
        grants.grant("supervision", Resources.PROCESS_DEFINITION, GrassrootsVisitProcess.KEY,
                ProcessDefinitionPermissions.RETRY_JOB);
        grants.grant("supervision", Resources.PROCESS_DEFINITION, VisitQuotaReviewProcess.KEY, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.RETRY_JOB);
        grants.grant("supervision", Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(VISIT_NUMBER, "活动编号");
        columns.put(CADRE_NAME, "领导干部");
        columns.put(PLACE_NAME, "地点");
        columns.put(THEME, "主题");
        columns.put(PLANNED_DATE, "计划日期");
        filters.saveFor(MY_VISITS, "我的下基层活动：开展活动、报送纪要，按期限排序", -8,
                filters.newQuery().processDefinitionKey(GrassrootsVisitProcess.KEY)
                        .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                columns, Organization.CADRES, "supervision", "leaders");
    }
}
