package cn.grassroots.cases.petition;

import static cn.grassroots.cases.petition.PetitionReviewProcess.Elements.*;
import static cn.grassroots.cases.petition.PetitionReviewProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Satisfaction;

/**
 * 复查 and 复核 of a petition case closed on 2 March 2026: asked within 30 days they are admitted and decided by the
 * reviewing organ (县信访事项复查复核委员会) within 30 days; late is supervised; after the window, a second 复查, a 复核
 * without 复查, or anything after 复核 is refused with the reason, which the dispatch office tells the reporter.
 */
@GrassrootsTest
class PetitionReviewTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReviewThenARecheckWithinTheirWindowsAreDecidedAndTheRecheckIsFinal() {
        String caseNumber = petitionClosedOn2March();

        ClockUtil.setCurrentTime(at(2026, 3, 20, 10));
        JsonNode review = request(caseNumber, "REVIEW", "2026-03-20").getBody();
        assertThat(review.path("admissible").asBoolean()).isTrue();
        assertThat(review.path("reviewNumber").asText()).matches("FC-2026-\\d{6}");
        assertThat(review.path("reviewingUnitName").asText()).isEqualTo("县信访事项复查复核委员会");
        assertThat(review.path("dueDate").asText()).as("30 days").isEqualTo("2026-04-19");
        ProcessInstance first = instanceOf(review);
        Task decide = task(first, TASK_DECIDE_REVIEW);
        assertThat(decide.getName()).isEqualTo("出具复查意见");
        assertThat(decide).hasCandidateGroup("unit-review");
        assertThat(engine.getRuntimeService().getVariable(first.getId(), ORIGINAL_REPLY))
                .isEqualTo("已更换全部损坏路灯，恢复夜间照明。");
        ClockUtil.setCurrentTime(at(2026, 3, 30, 10));
        complete(decide, "handler-review", Map.of(DECISION, "UPHOLD", OPINION, "经复查，原处理意见正确，予以维持。"));
        assertThat(first).isEnded().hasPassed(END_DECIDED);

        ClockUtil.setCurrentTime(at(2026, 4, 20, 10));
        JsonNode recheck = request(caseNumber, "RECHECK", "2026-04-20").getBody();
        assertThat(recheck.path("admissible").asBoolean()).isTrue();
        assertThat(recheck.path("previousReview").asText()).isEqualTo(review.path("reviewNumber").asText());
        ProcessInstance second = instanceOf(recheck);
        assertThat(engine.getRuntimeService().getVariable(second.getId(), PREVIOUS_OPINION))
                .isEqualTo("经复查，原处理意见正确，予以维持。");
        Task decideRecheck = task(second, TASK_DECIDE_REVIEW);
        assertThat(decideRecheck.getName()).isEqualTo("出具复核意见");
        complete(decideRecheck, "handler-review", Map.of(DECISION, "UPHOLD", OPINION, "复核维持。本意见为最终意见。"));

        JsonNode after = request(caseNumber, "RECHECK", "2026-04-20").getBody();
        assertThat(after.path("admissible").asBoolean()).isFalse();
        assertThat(after.path("refusalReason").asText()).contains("已经复核");
        JsonNode reviews = EngineHttp.as(rest, "supervisor").get("/api/issues/" + caseNumber + "/reviews").getBody();
        assertThat(reviews.findValuesAsText("stageName")).containsExactly("复查", "复核", "复核");
        assertThat(reviews.get(1).path("decisionName").asText()).isEqualTo("维持原处理意见");
    }

    @Test
    void aReviewAfterTheWindowIsRefusedWithTheReasonAndTheOfficeTellsTheReporter() {
        String caseNumber = petitionClosedOn2March();
        ClockUtil.setCurrentTime(at(2026, 4, 5, 10));

        JsonNode late = request(caseNumber, "REVIEW", "2026-04-05").getBody();

        assertThat(late.path("admissible").asBoolean()).isFalse();
        assertThat(late.path("refusalReason").asText()).contains("已超过请求期限").contains("截至2026-04-01");
        ProcessInstance refused = instanceOf(late);
        Task inform = task(refused, TASK_INFORM_REFUSAL);
        assertThat(inform).hasCandidateGroup("dispatch");
        complete(inform, "dispatcher", Map.of(INFORM_NOTE, "已电话告知信访人并寄送不予受理告知书。"));
        assertThat(refused).isEnded().hasPassed(END_REFUSED);

        ClockUtil.setCurrentTime(at(2026, 4, 6, 10));
        JsonNode recheckFirst = request(caseNumber, "RECHECK", "2026-04-06").getBody();
        assertThat(recheckFirst.path("refusalReason").asText()).contains("尚无复查意见");
    }

    @Test
    void aSecondReviewIsRefusedAndALateOrganIsSupervised() {
        String caseNumber = petitionClosedOn2March();
        ClockUtil.setCurrentTime(at(2026, 3, 10, 10));
        JsonNode review = request(caseNumber, "REVIEW", "2026-03-10").getBody();
        assertThat(request(caseNumber, "REVIEW", "2026-03-10").getBody().path("refusalReason").asText())
                .contains("已经复查");

        ProcessInstance first = instanceOf(review);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(first.getId()).timers()
                .singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 4, 9, 23, 59, 59, 0,
                ZoneId.of("Asia/Shanghai")).toInstant()));
        ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 1000));
        engine.getManagementService().executeJob(overdue.getId());

        Task supervise = task(first, TASK_SUPERVISE_REVIEW);
        assertThat(supervise).hasCandidateGroup("supervision");
        complete(supervise, "supervisor", Map.of(SUPERVISE_NOTE, "已电话督促复查委员会三日内出具意见。"));
        complete(task(first, TASK_DECIDE_REVIEW), "handler-review", Map.of(DECISION, "REVISE", OPINION,
                "原处理意见认定事实不清，撤销，由县交通运输局重新处理。"));
        assertThat(first).isEnded().hasPassed(END_DECIDED);
        JsonNode reviews = EngineHttp.as(rest, "dispatcher").get("/api/issues/" + caseNumber + "/reviews").getBody();
        assertThat(reviews.get(0).path("late").asBoolean()).isTrue();
        assertThat(reviews.get(0).path("decision").asText()).isEqualTo("REVISE");
    }

    @Test
    void onlyAClosedPetitionCanBeReviewedAndOnlyTheDispatchOfficeRegistersRequests() {
        String roads = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads").accept("handler-roads")
                .resolve("handler-roads").approve().callback(Satisfaction.SATISFIED).instance().getBusinessKey();
        Map<String, Object> open = new HashMap<>(CaseDriver.roadsIssue());
        open.put(IssueHandlingProcess.Variables.CHANNEL, "PETITION");
        String stillOpen = CaseDriver.register(engine, open).instance().getBusinessKey();
        long requests = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PetitionReviewProcess.KEY).count();

        for (String caseNumber : new String[] {roads, stillOpen, "SX-1999-000001"}) {
            ResponseEntity<JsonNode> refused = request(caseNumber, "REVIEW", "2026-01-05");
            assertThat(refused.getStatusCode()).as(caseNumber).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo(CASE_NUMBER);
        }
        assertThat(EngineHttp.as(rest, "handler-roads").post("/api/petition-reviews", Map.of("caseNumber", roads,
                "stage", "REVIEW", "requestedOn", "2026-01-05", "reason", "不服")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PetitionReviewProcess.KEY).count()).isEqualTo(requests);
    }

    private String petitionClosedOn2March() {
        ClockUtil.setCurrentTime(at(2026, 3, 2, 9));
        Map<String, Object> facts = new HashMap<>(CaseDriver.roadsIssue());
        facts.put(IssueHandlingProcess.Variables.CHANNEL, "PETITION");
        return CaseDriver.register(engine, facts).sortTo("unit-roads").accept("handler-roads").resolve("handler-roads")
                .approve().callback(Satisfaction.SATISFIED).instance().getBusinessKey();
    }

    private ResponseEntity<JsonNode> request(String caseNumber, String stage, String requestedOn) {
        return EngineHttp.as(rest, "dispatcher").post("/api/petition-reviews", Map.of("caseNumber", caseNumber,
                "stage", stage, "requestedOn", requestedOn, "reason", "对处理意见不服，请求" + stage));
    }

    private ProcessInstance instanceOf(JsonNode review) {
        String id = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PetitionReviewProcess.KEY)
                .processInstanceBusinessKey(review.path("reviewNumber").asText()).singleResult().getId();
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
                .singleResult();
        return running != null ? running : new EndedInstance(id);
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        CaseDriver.authenticate(engine, user);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    }

    /** An instance that ended at once (a refused request ends only after its 告知): only its id is needed. */
    private record EndedInstance(String getId) implements ProcessInstance {
        public String getProcessDefinitionId() { return null; }
        public String getBusinessKey() { return null; }
        public String getRootProcessInstanceId() { return null; }
        public String getCaseInstanceId() { return null; }
        public boolean isSuspended() { return false; }
        public boolean isEnded() { return true; }
        public String getProcessInstanceId() { return getId; }
        public String getTenantId() { return null; }
        public String getProcessDefinitionKey() { return null; }
    }
}
