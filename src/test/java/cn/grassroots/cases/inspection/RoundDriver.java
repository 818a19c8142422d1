package cn.grassroots.cases.inspection;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.grassroots.cases.handling.CaseDriver;

/** Steps the rounds' processes as the job executor and the people would. */
final class RoundDriver {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProcessEngine engine;

    RoundDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant());
    }

    /** The end of a working day, when a deadline on that day is over. */
    static Date endOf(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    /** Runs the process's timer start event (its next cycle is scheduled anew) and returns the instance it started. */
    ProcessInstance startedByTimer(String processKey) {
        Job start = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers().list()
                .stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        Set<String> before = running(processKey);
        engine.getManagementService().executeJob(start.getId());
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
    }

    private Set<String> running(String processKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list()
                .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    Job timer(String processInstanceId, String activityId) {
        var management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(job -> activityId.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElse(null);
    }

    /** Moves the clock just past the timer and runs it. */
    void fire(String processInstanceId, String activityId) {
        Job timer = timer(processInstanceId, activityId);
        if (timer == null) {
            throw new AssertionError("no pending timer " + activityId);
        }
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        engine.getManagementService().executeJob(timer.getId());
    }

    Task task(String processInstanceId, String taskKey, String candidateGroup) {
        var query = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey);
        if (candidateGroup != null) {
            query.taskCandidateGroup(candidateGroup);
        }
        return query.singleResult();
    }

    /** Completes the task as the user would in Tasklist: claimed, then submitted with the form's fields. */
    void complete(Task task, String userId, Map<String, Object> variables) {
        if (task == null) {
            throw new AssertionError("no such task");
        }
        CaseDriver.authenticate(engine, userId);
        try {
            engine.getTaskService().claim(task.getId(), userId);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
