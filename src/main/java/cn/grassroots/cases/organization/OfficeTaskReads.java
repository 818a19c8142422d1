package cn.grassroots.cases.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;

/**
 * Open tasks granted to an office before {@link TaskGrants} carry {@code READ} besides {@code TASK_WORK}, which the
 * office's standing {@code READ_TASK} on their process makes redundant and which slows every task query of the office
 * down (one joined row per task): withdrawn at start-up, after the standing grants are in place. Tasks of processes the
 * office does not read as a whole keep theirs.
 */
@Component
class OfficeTaskReads {

    private static final Logger log = LoggerFactory.getLogger(OfficeTaskReads.class);

    private final AuthorizationService authorizationService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;

    OfficeTaskReads(AuthorizationService authorizationService, TaskService taskService,
            RepositoryService repositoryService) {
        this.authorizationService = authorizationService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
    }

    @EventListener(cn.grassroots.cases.system.BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 9)
    public void withdraw() {
        for (String office : List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)) {
            List<Authorization> reads = authorizationService.createAuthorizationQuery().groupIdIn(office)
                    .resourceType(Resources.TASK).authorizationType(AUTH_TYPE_GRANT).hasPermission(Permissions.READ)
                    .list();
            int withdrawn = 0;
            Map<String, Boolean> readsWholeProcess = new HashMap<>();
            for (List<Authorization> batch : batches(reads)) {
                Map<String, Task> tasks = taskService.createTaskQuery().taskIdIn(batch.stream()
                        .map(Authorization::getResourceId).toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(Task::getId, Function.identity()));
                for (Authorization read : batch) {
                    Task task = tasks.get(read.getResourceId());
                    if (task != null && task.getProcessDefinitionId() != null && readsWholeProcess.computeIfAbsent(
                            task.getProcessDefinitionId(), definition -> readsEveryTask(office, definition))) {
                        read.removePermission(Permissions.READ);
                        authorizationService.saveAuthorization(read);
                        withdrawn++;
                    }
                }
            }
            if (withdrawn > 0) {
                log.info("{} open tasks of {}: READ withdrawn (its standing READ_TASK covers them)", withdrawn, office);
            }
        }
    }

    private boolean readsEveryTask(String office, String processDefinitionId) {
        String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        return authorizationService.createAuthorizationQuery().groupIdIn(office)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(key).authorizationType(AUTH_TYPE_GRANT)
                .hasPermission(ProcessDefinitionPermissions.READ_TASK).count() > 0;
    }

    private static List<List<Authorization>> batches(List<Authorization> all) {
        int size = 500;
        return java.util.stream.IntStream.range(0, (all.size() + size - 1) / size)
                .mapToObj(i -> all.subList(i * size, Math.min(all.size(), (i + 1) * size))).toList();
    }
}
