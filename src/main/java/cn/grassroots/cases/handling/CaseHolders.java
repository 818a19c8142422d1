package cn.grassroots.cases.handling;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;

/**
 * Whether a person's unit holds a case now: the case is the unit's (its responsible unit) and the unit has the case's
 * open sign-off or handling task. While it does, the unit reads the case and, unless it is an accusation, the reporter;
 * once the case moves on (returned, resolved, given to another unit) it does not. Both conditions must hold, so a unit
 * that got a task by any other way is not taken for the case's unit.
 */
@Component
public class CaseHolders {

    private final TaskService taskService;

    CaseHolders(TaskService taskService) {
        this.taskService = taskService;
    }

    /** Runs with the person's authorizations: a unit only finds the tasks it is candidate for. */
    public boolean holds(String processInstanceId, Authentication person) {
        List<String> groups = person == null || person.getGroupIds() == null ? List.of() : person.getGroupIds();
        return groups.stream().filter(group -> group.startsWith("unit-")).anyMatch(unit -> taskService.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(Elements.TASK_ACCEPT_ISSUE, Elements.TASK_RESOLVE_ISSUE)
                .taskCandidateGroup(unit).includeAssignedTasks()
                .processVariableValueEquals(Variables.RESPONSIBLE_UNIT, unit)
                .count() > 0);
    }
}
