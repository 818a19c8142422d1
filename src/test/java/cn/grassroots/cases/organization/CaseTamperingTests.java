package cn.grassroots.cases.organization;

import static cn.grassroots.cases.EngineHttp.variables;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Elements.*;
import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;

/**
 * Issue 9: a unit or an office holding a task could rewrite the facts the system computes (levels, counters, limits,
 * deadlines), hand the case and its reporter to another unit, or slip extra variables into a submission. Each
 * attempt is made over HTTP with the person's own login, and the case must be as it was.
 */
@GrassrootsTest
class CaseTamperingTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuthorizationGrants grants;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theUnitCannotRewriteTheCaseThroughTheVariablesOfItsTask() {
        CaseDriver roads = inResolution();
        String task = "/engine-rest/task/" + roads.task(TASK_RESOLVE_ISSUE).getId();
        EngineHttp unit = EngineHttp.as(rest, "handler-roads");

        assertThat(unit.post(task + "/variables", Map.of("modifications", variables(OVERDUE, false,
                ESCALATION_LEVEL, 0, MAX_EXTENSION_DAYS, 999, TOTAL_EXTENSION_DAYS, -999, REOPEN_COUNT, -5))))
                .extracting(ResponseEntity::getStatusCode).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.put(task + "/variables/" + DEADLINE_POLICY, Map.of("value", "{\"escalationGraceDays\":3650}"))
                .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.post(task + "/localVariables", Map.of("modifications", variables(NOTICE_GRACE_DAYS, 3650)))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.delete(task + "/variables/" + REPORTER_PHONE).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(roads.variable(MAX_EXTENSION_DAYS)).isEqualTo(10);
        assertThat(roads.variable(TOTAL_EXTENSION_DAYS)).isEqualTo(0);
        assertThat(roads.variable(DEADLINE_POLICY)).asString().contains("\"escalationGraceDays\":5");
        assertThat(roads.variable(REPORTER_PHONE)).isEqualTo("138****1111");
    }

    @Test
    void theUnitCannotHandTheCaseToAnotherUnitReassignItOrMoveItsDeadline() {
        CaseDriver roads = inResolution();
        Task resolve = roads.task(TASK_RESOLVE_ISSUE);
        String task = "/engine-rest/task/" + resolve.getId();
        EngineHttp unit = EngineHttp.as(rest, "handler-roads");

        assertThat(unit.post(task + "/identity-links", Map.of("groupId", "unit-water", "type", "candidate"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.post(task + "/assignee", Map.of("userId", "handler-water")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.post(task + "/delegate", Map.of("userId", "handler-water")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.put(task, Map.of("name", resolve.getName(), "due", "2031-01-01T00:00:00.000+0800"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unit.post(task + "/bpmnError", Map.of("errorCode", "any",
                "variables", variables(ESCALATION_LEVEL, 0))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Task after = roads.task(TASK_RESOLVE_ISSUE);
        assertThat(after.getDueDate()).isEqualTo(resolve.getDueDate());
        assertThat(after.getAssignee()).isEqualTo(resolve.getAssignee());
        assertThat(engine.getTaskService().getIdentityLinksForTask(after.getId()))
                .noneMatch(link -> "unit-water".equals(link.getGroupId()));
        assertThat(EngineHttp.as(rest, "handler-water")
                .get("/api/issues/" + roads.instance().getBusinessKey() + "/reporter").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // the unit still works its task as before: claim it
        assertThat(unit.post(task + "/claim", Map.of("userId", "handler-roads")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aSubmissionMaySetOnlyTheFieldsOfItsForm() {
        CaseDriver roads = inResolution();
        String resolve = "/engine-rest/task/" + roads.task(TASK_RESOLVE_ISSUE).getId();
        EngineHttp unit = EngineHttp.as(rest, "handler-roads");

        ResponseEntity<JsonNode> widerCap = unit.post(resolve + "/submit-form", Map.of("variables", variables(
                REQUEST_EXTENSION, true, EXTENSION_DAYS, 60, EXTENSION_REASON, "需要更多时间。", MAX_EXTENSION_DAYS, 999)));
        ResponseEntity<JsonNode> viaComplete = unit.post(resolve + "/complete", Map.of("variables", variables(
                RESOLUTION, "已更换全部损坏路灯，恢复夜间照明。", MEASURES_TAKEN, "更换灯具6套。", ESCALATION_LEVEL, 0)));

        assertThat(widerCap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(widerCap.getBody().path("message").asText()).contains(MAX_EXTENSION_DAYS);
        assertThat(viaComplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaComplete.getBody().path("message").asText()).contains(ESCALATION_LEVEL);
        assertThat(roads.task(TASK_RESOLVE_ISSUE)).isNotNull();
        assertThat(roads.variable(MAX_EXTENSION_DAYS)).isEqualTo(10);
        assertThat(roads.variable(REQUEST_EXTENSION)).isNull();
    }

    @Test
    void aReturnCannotCarryItsOwnCounter() {
        CaseDriver roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String accept = "/engine-rest/task/" + roads.task(TASK_ACCEPT_ISSUE).getId();

        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "handler-roads").post(accept + "/submit-form",
                Map.of("variables", variables(ACCEPTED, false, RETURN_REASON, "不属本单位职责。", RETURN_COUNT, -100)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains(RETURN_COUNT);
        assertThat(roads.variable(RETURN_COUNT)).as("never returned: no counter written").isNull();
        assertThat(roads.task(TASK_ACCEPT_ISSUE)).isNotNull();
    }

    @Test
    void theSupervisionOfficeCannotResetTheLevelThroughItsOwnTask() {
        CaseDriver roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .fireTimer(TIMER_SIGN_OFF_OVERDUE);
        String supervise = "/engine-rest/task/" + roads.task(TASK_SUPERVISE_SIGN_OFF).getId();
        EngineHttp supervisor = EngineHttp.as(rest, "supervisor");

        assertThat(supervisor.post(supervise + "/variables", Map.of("modifications",
                variables(ESCALATION_LEVEL, 0, OVERDUE, false))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> submitted = supervisor.post(supervise + "/submit-form", Map.of("variables",
                variables(SUPERVISE_NOTE, "已电话督促。", OVERDUE, false)));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(submitted.getBody().path("message").asText()).contains(OVERDUE);
        assertThat(roads.variable(ESCALATION_LEVEL)).isEqualTo(1);
        assertThat(roads.variable(OVERDUE)).isEqualTo(true);
    }

    @Test
    void theLeadersCannotMoveTheCaseToAnotherUnitThroughTheirTask() {
        CaseDriver roads = inResolution().fireTimer(TIMER_RESOLVE_OVERDUE).fireTimer(TIMER_LEADER_ESCALATION);
        String escalation = "/engine-rest/task/" + roads.task(TASK_LEADER_ESCALATION).getId();
        EngineHttp leader = EngineHttp.as(rest, "leader");

        ResponseEntity<JsonNode> submitted = leader.post(escalation + "/submit-form", Map.of("variables",
                variables(LEADER_INSTRUCTION, "限三日内办结。", RESPONSIBLE_UNIT, "unit-water")));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(leader.post(escalation + "/variables", Map.of("modifications",
                variables(RESPONSIBLE_UNIT, "unit-water"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(roads.variable(RESPONSIBLE_UNIT)).isEqualTo("unit-roads");
    }

    @Test
    void aRegistrationCannotBringComputedFactsAlong() {
        ResponseEntity<JsonNode> refused = EngineHttp.as(rest, "dispatcher").post(
                "/engine-rest/process-definition/key/IssueHandlingProcess/submit-form",
                Map.of("variables", variables(TITLE, "村口路灯损坏", DESCRIPTION, "6盏路灯不亮。", CHANNEL, "RESEARCH",
                        CATEGORY, "ROADS_TRAFFIC", URGENCY, "NORMAL", LOCATION, "青山镇石桥村",
                        RESOLVED_ON_SPOT, false, TOTAL_EXTENSION_DAYS, -999)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("message").asText()).contains(TOTAL_EXTENSION_DAYS);
    }

    @Test
    void administratorsStillCorrectVariables() {
        CaseDriver roads = inResolution();
        String task = "/engine-rest/task/" + roads.task(TASK_RESOLVE_ISSUE).getId();

        assertThat(EngineHttp.as(rest, "demo").post(task + "/variables",
                Map.of("modifications", variables(SORT_NOTE, "管理员更正。"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(roads.variable(SORT_NOTE)).isEqualTo("管理员更正。");
    }

    @Test
    void taskGrantsFromBeforeAreNarrowedToWorkOnly() {
        CaseDriver roads = inResolution();
        String taskId = roads.task(TASK_RESOLVE_ISSUE).getId();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization old = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taskId).groupIdIn("unit-roads").singleResult();
        old.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(old);

        grants.narrowTaskGrantsToWork();

        Authorization narrowed = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taskId).groupIdIn("unit-roads").singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    }

    private CaseDriver inResolution() {
        ClockUtil.setCurrentTime(new Date());
        return CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads");
    }
}
