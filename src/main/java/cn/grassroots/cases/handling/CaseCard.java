package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * What a person reads of a case on a Tasklist card and in a form, in words: the unit's name (not its group id), the
 * escalation level's name (not its number), and for the unit's 签收 and 办理 a marker in front of the task's name while
 * the deadline is near or past (【即将到期】, 【已逾期】), so urgency shows in every list without opening the task.
 * <p>
 * The words are process variables (forms read them) and task-local copies (units read their task, not the whole
 * case, and Tasklist's list columns read these copies). They are written when a task is created and again whenever
 * the escalation ladder moves, on every open task of the case.
 */
@Component("caseCard")
public class CaseCard implements TaskListener {

    /** The escalation levels' names, as the 督办级别 field shows them. */
    static final List<String> LEVEL_NAMES = List.of("未督办", "督查室督办", "领导挂牌督办", "通报批评");
    /** Tasklist priority of a unit task whose deadline is near or past (default is 50). */
    public static final int URGENT_PRIORITY = 80;
    static final String OVERDUE_MARKER = "【已逾期】";
    static final String WARNING_MARKER = "【即将到期】";
    private static final String[] LIST_COLUMNS = {CASE_NUMBER, TITLE, RESPONSIBLE_UNIT, RESPONSIBLE_UNIT_NAME,
            DUE_DATE, ESCALATION_LEVEL_NAME};
    private static final java.util.Set<String> UNIT_TASKS = java.util.Set.of(Elements.TASK_ACCEPT_ISSUE,
            Elements.TASK_RESOLVE_ISSUE);

    private static final long NAME_KEPT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final IdentityService identityService;
    private final Map<String, KnownName> knownNames = new ConcurrentHashMap<>();

    CaseCard(IdentityService identityService) {
        this.identityService = identityService;
    }

    static String levelName(int level) {
        return LEVEL_NAMES.get(Math.max(0, Math.min(level, LEVEL_NAMES.size() - 1)));
    }

    /** A task of the case is created: the words on it and on the case. */
    @Override
    public void notify(DelegateTask task) {
        putWords(task);
        for (String name : LIST_COLUMNS) {
            task.setVariableLocal(name, task.getVariable(name));
        }
        if (UNIT_TASKS.contains(task.getTaskDefinitionKey())) {
            task.setName(marked(task.getName(), task));
        }
    }

    /**
     * The ladder moved (a timer: warning, overdue, escalation): the level's words on the case and on every open task
     * that carries a copy, and the marker and a higher priority on the unit's task. Works on the engine's entities of
     * this command (no further commands, no authorization: the escalation storm runs thousands of these), so only for
     * the ladder's own steps.
     */
    public void refresh(DelegateExecution execution) {
        String level = levelName(CaseInput.count(execution, ESCALATION_LEVEL));
        VariableWrites.ifChanged(execution, ESCALATION_LEVEL_NAME, level);
        for (TaskEntity task : openTasks(((ExecutionEntity) execution).getProcessInstance())) {
            if (task.hasVariableLocal(ESCALATION_LEVEL_NAME)
                    && !level.equals(task.getVariableLocal(ESCALATION_LEVEL_NAME))) {
                task.setVariableLocal(ESCALATION_LEVEL_NAME, level);
            }
            if (UNIT_TASKS.contains(task.getTaskDefinitionKey())) {
                String marked = marked(task.getName(), execution);
                if (!marked.equals(task.getName())) {
                    task.setName(marked);
                }
                if (!marked.equals(plainName(marked)) && task.getPriority() < URGENT_PRIORITY) {
                    task.setPriority(URGENT_PRIORITY); // near or past its deadline: higher in every list
                }
            }
        }
    }

    private static List<TaskEntity> openTasks(ExecutionEntity execution) {
        List<TaskEntity> tasks = new java.util.ArrayList<>(execution.getTasks());
        execution.getExecutions().forEach(child -> tasks.addAll(openTasks(child)));
        return tasks;
    }

    /** The case's words, before its next task is created (the stage starts again: level 未督办). */
    public void putWords(VariableScope scope) {
        Object unit = scope.getVariable(RESPONSIBLE_UNIT);
        VariableWrites.ifChanged(scope, RESPONSIBLE_UNIT_NAME, unit instanceof String id ? unitName(id) : null);
        VariableWrites.ifChanged(scope, ESCALATION_LEVEL_NAME, levelName(CaseInput.count(scope, ESCALATION_LEVEL)));
    }

    /** Names change only with the organisation file or a rename in Admin: read at most once a minute per unit. */
    private String unitName(String groupId) {
        long now = System.nanoTime();
        KnownName known = knownNames.get(groupId);
        if (known == null || now - known.readAt() > NAME_KEPT_NANOS) {
            known = new KnownName(unitName(identityService, groupId), now);
            knownNames.put(groupId, known);
        }
        return known.name();
    }

    private record KnownName(String name, long readAt) {
    }

    /** The name a person reads for a unit's group id (the id itself for a group without a name). */
    public static String unitName(IdentityService identityService, String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    /** A task's name without the urgency marker it had when it was completed, as the audit trail names the step. */
    public static String plainName(String name) {
        return name == null ? null : name.replace(OVERDUE_MARKER, "").replace(WARNING_MARKER, "");
    }

    /** The task's own name with the marker its case's flags call for (none once the deadline started again). */
    static String marked(String name, VariableScope scope) {
        String plain = name == null ? "" : plainName(name);
        if (Boolean.TRUE.equals(scope.getVariable(OVERDUE))) {
            return OVERDUE_MARKER + plain;
        }
        if (Boolean.TRUE.equals(scope.getVariable(WARNING))) {
            return WARNING_MARKER + plain;
        }
        return plain;
    }
}
