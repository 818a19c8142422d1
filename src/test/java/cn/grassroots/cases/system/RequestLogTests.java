package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import cn.grassroots.cases.EngineHttp;
import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/** Operators follow a case through the logs: one line per API call, with the case number where there is one. */
@GrassrootsTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aTaskSubmissionIsLoggedWithItsCaseNumberAndAPathWithOneAsWell(CapturedOutput output) {
        CaseDriver issue = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        String caseNumber = issue.instance().getBusinessKey();
        String taskId = issue.task(Elements.TASK_ACCEPT_ISSUE).getId();

        assertThat(EngineHttp.as(rest, "handler-roads").post("/engine-rest/task/" + taskId + "/submit-form",
                java.util.Map.of("variables", EngineHttp.variables("accepted", true))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        EngineHttp.as(rest, "dispatcher").get("/api/issues/" + caseNumber);

        assertThat(output.getOut()).contains("request method=POST path=/engine-rest/task/" + taskId
                + "/submit-form status=204").contains("user=handler-roads case=" + caseNumber)
                .contains("request method=GET path=/api/issues/" + caseNumber + " status=200")
                .contains("user=dispatcher case=" + caseNumber);
        assertThat(output.getOut()).as("lines logged while the request runs carry the case in their level part")
                .contains("[" + caseNumber + "]");
    }
}
