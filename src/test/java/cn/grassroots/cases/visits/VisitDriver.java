package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.grassroots.cases.handling.CaseDriver;

/** Test helper that plays the cadre, the offices and the job executor around one visit, step by step. */
class VisitDriver {

    private final ProcessEngine engine;
    private final ProcessInstance instance;

    private VisitDriver(ProcessEngine engine, ProcessInstance instance) {
        this.engine = engine;
        this.instance = instance;
    }

    /** 张伟 (leader), a county leader, holds on-site office in 青山镇 on the given day. */
    static Map<String, Object> onsiteInQingshan(String plannedDate) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(CADRE, "leader");
        plan.put(VISIT_TYPE, "ONSITE");
        plan.put(PLANNED_DATE, plannedDate);
        plan.put(PLACE, "unit-town-qingshan");
        plan.put(THEME, "农村饮水安全现场办公");
        plan.put(ACCOMPANYING_UNITS, "unit-water");
        plan.put(UNANNOUNCED, false);
        return plan;
    }

    static VisitDriver plan(ProcessEngine engine, String planner, Map<String, Object> plan) {
        CaseDriver.authenticate(engine, planner);
        try {
            return new VisitDriver(engine, engine.getRuntimeService()
                    .startProcessInstanceByKey(GrassrootsVisitProcess.KEY, plan)).executeJobs();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    ProcessInstance instance() {
        return instance;
    }

    String number() {
        return instance.getBusinessKey();
    }

    Task task(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    Object variable(String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    Object historicVariable(String name) {
        var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).list().stream()
                .filter(v -> v.getTaskId() == null).findFirst().orElse(null);
        return variable == null ? null : variable.getValue();
    }

    VisitDriver complete(String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(taskKey);
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in visit " + number());
        }
        CaseDriver.authenticate(engine, userId);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return executeJobs();
    }

    VisitDriver carryOut(String actualDate) {
        return complete(GrassrootsVisitProcess.Elements.TASK_CARRY_OUT_VISIT, cadre(), Map.of(ACTUAL_DATE, actualDate,
                PEOPLE_MET, 36, VISIT_SUMMARY, "走访东街和石桥村，听取群众对饮水安全的意见，现场协调解决一处管网问题。"));
    }

    VisitDriver report() {
        return complete(GrassrootsVisitProcess.Elements.TASK_WRITE_REPORT, cadre(), Map.of(REPORT_TEXT,
                "本次现场办公收集问题两件，其中一件当场解决，另一件交县水利局办理，要求十五个工作日内办结。"));
    }

    String cadre() {
        return (String) variable(CADRE);
    }

    Date timerDue(String activityId) {
        Job timer = timer(activityId);
        return timer == null ? null : timer.getDuedate();
    }

    VisitDriver fireTimer(String activityId) {
        Job timer = timer(activityId);
        if (timer == null) {
            throw new AssertionError("no pending timer " + activityId + " in visit " + number());
        }
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
        return executeJobs();
    }

    private Job timer(String activityId) {
        var management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(job -> activityId.equals(management.createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
                .findFirst().orElse(null);
    }

    VisitDriver executeJobs() {
        var management = engine.getManagementService();
        for (int round = 0; round < 10; round++) {
            var jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (jobs.isEmpty()) {
                return this;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep appearing in visit " + number());
    }
}
