package cn.grassroots.cases.system;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;

/**
 * A person completing a task may set only the fields of that task's form (issue 9: a unit sent {@code
 * escalationLevel=0}, {@code maxExtensionDays=999} or {@code returnCount=-100} along with its answer). Checked in
 * the engine's command chain, so Tasklist, the engine REST API and Java callers are held alike; anything else is
 * refused with a 400 naming the field, before anything changes. Throwing a BPMN error or escalation from a task
 * (which carries variables too, and is in no form) is left to administrators. Commands without an authenticated
 * user are the engine's and the application's own and pass.
 * <p>
 * A task someone has claimed is completed by that person only: a colleague who must take it over unclaims and claims
 * it (both in the operation log) instead of answering in another's name. Administrators may. Unclaiming is allowed to
 * the task's assignee and candidates, nothing else of TASK_ASSIGN.
 */
class FormSubmissionGuard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final Map<String, Set<String>> settableByTaskDefinition = new ConcurrentHashMap<>();

    FormSubmissionGuard(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user != null) {
            if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
                check(user, (String) field(command, "taskId"), (Map<?, ?>) field(command, "variables"));
            } else if (command instanceof SubmitTaskFormCmd) {
                check(user, (String) field(command, "taskId"), (Map<?, ?>) field(command, "properties"));
            } else if ((command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd)
                    && !isAdministrator(user)) {
                throw new AuthorizationException("只有系统管理员可以从任务抛出 BPMN 错误或升级事件");
            } else if (command instanceof AssignTaskCmd && field(command, "userId") == null
                    && mayRelease(user, (String) field(command, "taskId"))) {
                return next.execute(context -> context.runWithoutAuthorization(() -> command.execute(context)));
            }
        }
        return next.execute(command);
    }

    private void check(Authentication user, String taskId, Map<?, ?> submitted) {
        Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            return; // not visible to this user, or not a process task: the command refuses it itself
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId()) && !isAdministrator(user)) {
            throw new AuthorizationException("“" + task.getName() + "”已由" + person(task.getAssignee())
                    + "认领，只有认领人可以提交；如需接手，请先取消认领再认领。");
        }
        if (submitted == null || submitted.isEmpty()) {
            return;
        }
        Set<String> settable = settableByTaskDefinition.computeIfAbsent(
                task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> settableFields(taskId));
        for (Object name : new TreeSet<>(submitted.keySet().stream().map(String::valueOf).toList())) {
            if (!settable.contains(name)) {
                throw new FormSubmissionRefused((String) name, task.getName(), settable);
            }
        }
    }

    /**
     * Someone by name and user id ("王建国（wangjianguo）"), or by user id when their name is not to be had. Tasklist
     * shows the colleague who claimed a task by name too, whether or not one may read the users.
     */
    private String person(String userId) {
        User found = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> configuration.getIdentityService().createUserQuery().userId(userId).singleResult()));
        String name = found == null ? "" : ((found.getLastName() == null ? "" : found.getLastName())
                + (found.getFirstName() == null ? "" : found.getFirstName())).strip();
        return name.isEmpty() ? " " + userId + " " : name + "（" + userId + "）";
    }

    /**
     * Unclaiming needs Camunda's TASK_ASSIGN, which would also let a unit reassign the task or add candidates. The
     * person who claimed the task may release it, and a colleague who is a candidate of it may take it over (unclaim,
     * then claim); both stay in the operation log under their name.
     */
    private boolean mayRelease(Authentication user, String taskId) {
        var tasks = configuration.getTaskService();
        return tasks.createTaskQuery().taskId(taskId).taskAssignee(user.getUserId()).count() > 0
                || tasks.createTaskQuery().taskId(taskId).taskCandidateUser(user.getUserId()).includeAssignedTasks()
                        .count() > 0;
    }

    private Set<String> settableFields(String taskId) {
        try {
            return FormFieldKeys.settable(configuration.getFormService().getDeployedTaskForm(taskId));
        } catch (ProcessEngineException noDeployedForm) {
            return Set.of();
        }
    }

    private boolean isAdministrator(Authentication user) {
        return configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(user.getUserId())
                || user.getGroupIds() != null && configuration.getAdminGroups() != null
                        && user.getGroupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
    }

    /** The engine's commands keep what they were given in protected fields; a missing one fails closed. */
    private static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                break;
            }
        }
        throw new IllegalStateException("Cannot check " + command.getClass().getName() + ": no field " + name);
    }
}
