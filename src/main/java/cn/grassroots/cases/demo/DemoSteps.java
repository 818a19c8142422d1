package cn.grassroots.cases.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo plays its people through the real processes: each step logged in as the person who takes it (so the same
 * authorizations and checks apply), in the past where a story needs it, with the engine's jobs run as the job executor
 * would.
 */
@Component
@Profile("demo")
class DemoSteps {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    DemoSteps(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** Starts a process as {@code userId}; answers the instance id. */
    String start(String processKey, String userId, Map<String, Object> variables) {
        authenticate(userId);
        String id;
        try {
            id = runtimeService.startProcessInstanceByKey(processKey, variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
        executeJobs(id);
        return id;
    }

    /** {@code userId} claims and completes the instance's open task {@code taskKey}. */
    void complete(String instanceId, String taskKey, String userId, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
                .singleResult();
        authenticate(userId);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        executeJobs(instanceId);
    }

    /** Plays {@code steps} with the engine clock {@code days} days back, then returns to the present. */
    <T> T daysAgo(int days, Supplier<T> steps) {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(days))));
        try {
            return steps.get();
        } finally {
            ClockUtil.reset();
        }
    }

    /** Runs every job of the instance that is due by now, timers whose time has come included, until none is left. */
    void runDueJobs(String instanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** Runs the instance's asynchronous steps now, so the demo is in its state as soon as the app is up. */
    void executeJobs(String instanceId) {
        for (Job job : managementService.createJobQuery().processInstanceId(instanceId).executable().list()) {
            managementService.executeJob(job.getId());
        }
    }

    /** As the webapps log people in: with their groups, so the same authorizations apply. */
    void authenticate(String userId) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
    }

    void logOut() {
        identityService.clearAuthentication();
    }
}
