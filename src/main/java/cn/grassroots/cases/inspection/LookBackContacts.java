package cn.grassroots.cases.inspection;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.privacy.ReporterContactNeed;

/** 回头看 calls the reporter: the person who may work an open 回头看 of the case may see who reported it. */
@Component
class LookBackContacts implements ReporterContactNeed {

    private final TaskService tasks;

    LookBackContacts(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean needsReporterOf(String caseNumber, Authentication user) {
        if (user.getGroupIds() == null || user.getGroupIds().isEmpty()) {
            return false;
        }
        return tasks.createTaskQuery().taskDefinitionKey(SpotCheckProcess.Elements.TASK_LOOK_BACK)
                .taskVariableValueEquals(IssueHandlingProcess.Variables.CASE_NUMBER, caseNumber)
                .or().taskCandidateGroupIn(user.getGroupIds()).taskAssignee(user.getUserId()).endOr()
                .count() > 0;
    }
}
