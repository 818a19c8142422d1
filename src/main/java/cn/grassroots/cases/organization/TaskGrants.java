package cn.grassroots.cases.organization;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The grant the engine gives a candidate group on its task. A group that reads every task of the process anyway
 * (an office's standing {@code READ_TASK} on the process definition) gets only {@code TASK_WORK} on it, not
 * {@code READ}: Camunda joins every {@code READ} grant of the user's groups into each task query, one row per open
 * task, which PostgreSQL pairs with every task of the list (quadratic: 2 s for the dispatch office at 10,000 open cases).
 * A unit reads its tasks through these grants, so a unit's stay as they are.
 */
class TaskGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (!readsEveryTaskOf(groupId, task)) {
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }
        return new AuthorizationEntity[] {createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
                getDefaultUserPermissionForTask())};
    }

    /** Whether the group's standing grant on the task's process (or on every process) lets it read all its tasks. */
    private boolean readsEveryTaskOf(String groupId, Task task) {
        if (task.getProcessDefinitionId() == null) {
            return false;
        }
        String key = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getKey();
        return readsTasks(getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_DEFINITION, key))
                || readsTasks(getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY));
    }

    private static boolean readsTasks(AuthorizationEntity grant) {
        return grant != null && grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK);
    }
}
