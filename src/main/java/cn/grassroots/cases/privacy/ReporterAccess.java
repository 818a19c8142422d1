package cn.grassroots.cases.privacy;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.privacy.ReporterRegistry.Reporter;

/**
 * Who may see a reporter's identity: the dispatch office always; the responsible unit while it holds the case (an
 * open sign-off or handling task of the case is its task), and never for an accusation (检举控告). Every disclosure
 * is recorded.
 */
@Service
class ReporterAccess {

    enum Decision {
        SHOWN, NOT_FOUND, FORBIDDEN
    }

    record Result(Decision decision, Reporter reporter) {
    }

    private final ReporterRegistry registry;
    private final TaskService taskService;

    ReporterAccess(ReporterRegistry registry, TaskService taskService) {
        this.registry = registry;
        this.taskService = taskService;
    }

    Result reveal(String caseNumber, Authentication user) {
        Optional<Reporter> found = registry.find(caseNumber);
        if (found.isEmpty()) {
            return new Result(Decision.NOT_FOUND, null);
        }
        Reporter reporter = found.get();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean dispatch = groups.contains(Groups.DISPATCH);
        if (!dispatch && (reporter.accusation() || !holdsCase(reporter, groups))) {
            return new Result(Decision.FORBIDDEN, null);
        }
        registry.disclosed(reporter, user.getUserId());
        return new Result(Decision.SHOWN, reporter);
    }

    /** Runs with the caller's authorizations: a unit only finds the tasks it is candidate for. */
    private boolean holdsCase(Reporter reporter, List<String> groups) {
        List<String> unitGroups = groups.stream().filter(g -> g.startsWith("unit-")).toList();
        return !unitGroups.isEmpty() && taskService.createTaskQuery()
                .processInstanceId(reporter.processInstanceId())
                .taskDefinitionKeyIn(Elements.TASK_ACCEPT_ISSUE, Elements.TASK_RESOLVE_ISSUE)
                .taskCandidateGroupIn(unitGroups).includeAssignedTasks().count() > 0;
    }
}
