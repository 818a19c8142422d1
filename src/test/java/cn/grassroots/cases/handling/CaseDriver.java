package cn.grassroots.cases.handling;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Test helper that plays the people and the job executor around one case, step by step. */
public class CaseDriver {

    private final ProcessEngine engine;
    private final ProcessInstance instance;

    private CaseDriver(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    public static Map<String, Object> roadsIssue() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(TITLE, "石桥村村口路灯损坏");
        facts.put(DESCRIPTION, "村口至小学路段6盏路灯损坏，夜间出行不便。");
        facts.put(CHANNEL, "RESEARCH");
        facts.put(CATEGORY, "ROADS_TRAFFIC");
        facts.put(URGENCY, "NORMAL");
        facts.put(LOCATION, "青山镇石桥村");
        facts.put(REPORTER_NAME, "陈建国");
        facts.put(REPORTER_PHONE, "13800001111");
        facts.put(RESOLVED_ON_SPOT, false);
        return facts;
    }

    /** Registers the issue as {@code dispatcher} and runs the asynchronous step after registration. */
    public static CaseDriver register(ProcessEngine engine, Map<String, Object> facts) {
        return register(engine, "dispatcher", facts);
    }

    /** Registers the issue as {@code userId} (a cadre registers the issues raised on his visit). */
    public static CaseDriver register(ProcessEngine engine, String userId, Map<String, Object> facts) {
        authenticate(engine, userId);
        ProcessInstance instance;
        try {
            instance = engine.getRuntimeService().startProcessInstanceByKey(IssueHandlingProcess.KEY, facts);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return new CaseDriver(engine, instance).executeJobs();
    }

    /** Drives a case that is already running (e.g. reopened after a failed 回头看). */
    public static CaseDriver of(ProcessEngine engine, ProcessInstance instance) {
        return new CaseDriver(engine, instance);
    }

    /** Logs the user in as the webapps and the REST API do: with their groups, so authorizations apply. */
    public static void authenticate(ProcessEngine engine, String userId) {
        var identity = engine.getIdentityService();
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    }

    public ProcessInstance instance() {
        return instance;
    }

    public Task task(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    public Object variable(String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    public Object historicVariable(String name) {
        var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    /** Completes the case's open task {@code taskKey} as {@code userId}, then runs the jobs that follow. */
    public CaseDriver complete(String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in case " + instance.getBusinessKey());
        }
        authenticate(engine, userId);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        executeJobs();
        return this;
    }

    public CaseDriver sortTo(String unit) {
        return complete(IssueHandlingProcess.Elements.TASK_SORT_ISSUE, "dispatcher",
                Map.of(RESPONSIBLE_UNIT, unit, RESOLUTION_PATH, "DIRECT"));
    }

    public CaseDriver accept(String handler) {
        return complete(IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE, handler, Map.of(ACCEPTED, true));
    }

    public CaseDriver resolve(String handler) {
        return complete(IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE, handler,
                Map.of(RESOLUTION, "已更换全部损坏路灯，恢复夜间照明。", MEASURES_TAKEN, "现场勘查，更换灯具6套。"));
    }

    public CaseDriver approve() {
        return complete(IssueHandlingProcess.Elements.TASK_REVIEW_RESOLUTION, "dispatcher", Map.of(APPROVED, true));
    }

    public CaseDriver callback(Satisfaction satisfaction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SATISFACTION, satisfaction.name());
        if (satisfaction == Satisfaction.DISSATISFIED) {
            variables.put(CALLBACK_NOTE, "群众认为问题没有真正解决。");
        }
        return complete(IssueHandlingProcess.Elements.TASK_CALLBACK, "dispatcher", variables);
    }

    /** The due date of this case's pending timer at {@code activityId} (null when none is pending). */
    public java.util.Date timerDue(String activityId) {
        Job timer = timer(activityId);
        return timer == null ? null : timer.getDuedate();
    }

    /** Moves the engine clock just past the timer's due date and runs every job that is due then. */
    public CaseDriver fireTimer(String activityId) {
        Job timer = timer(activityId);
        if (timer == null) {
            throw new AssertionError("no pending timer " + activityId + " in case " + instance.getBusinessKey());
        }
        moveClockTo(new java.util.Date(timer.getDuedate().getTime() + 1000));
        return executeJobs();
    }

    /** Moves the engine clock (tests reset it with {@code ClockUtil.reset()}). */
    public CaseDriver moveClockTo(java.util.Date instant) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(instant);
        return this;
    }

    private Job timer(String activityId) {
        var management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(job -> activityId.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElse(null);
    }

    /** Runs every due job of this case, as the job executor would, until none is left. */
    public CaseDriver executeJobs() {
        var management = engine.getManagementService();
        for (int round = 0; round < 10; round++) {
            // as the job executor: never a suspended job (a paused case's deadline timers)
            var jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().active().list();
            if (jobs.isEmpty()) {
                return this;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
        throw new AssertionError("jobs keep appearing in case " + instance.getBusinessKey());
    }
}
