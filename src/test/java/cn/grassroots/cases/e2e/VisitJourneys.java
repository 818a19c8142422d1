package cn.grassroots.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.grassroots.cases.handling.IssueHandlingProcess;

/**
 * 下基层活动 in a real browser, in Chinese, against the packaged application: a county leader plans on-site office in
 * 青山镇, reads the briefing, carries the visit out, registers two issues raised there (one solved on the spot), files
 * the report, and sees the visit close with its results once the other issue is closed by the unit; and the visited
 * town's handler cannot see an unannounced visit before it has taken place.
 */
class VisitJourneys extends Journeys {

    static final String TODAY_SLASHED = LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    @Test
    void aCountyLeaderHoldsOnSiteOfficeAndFollowsItsIssuesToTheEnd() {
        EngineRest rest = rest();
        String theme = "青山镇供水现场办公 " + System.nanoTime();

        Browser leader = browser("tasklist", "leader");
        leader.clickLink("发起流程").clickLink("下基层活动");
        leader.choose("领导干部", "张伟（县级领导）").choose("活动类型", "现场办公下基层").date("计划日期", TODAY_SLASHED)
                .choose("地点（镇/村）", "青山镇人民政府").type("主题", theme);
        leader.screenshot("12-plan-visit");
        leader.click("发起");
        JsonNode visit = awaitVisit(rest, theme);
        String number = visit.path("visitNumber").asText();
        String instanceId = visit.path("processInstanceId").asText();
        assertThat(number).matches("HD-\\d{4}-\\d{6}");

        leader.openTask(taskId(rest, instanceId, "Task_CarryOutVisit"));
        leader.until(() -> leader.value("活动编号").equals(number));
        assertThat(leader.value("带着问题下基层")).contains("青山镇人民政府").contains("未办结的问题").contains("以往下基层活动");
        leader.screenshot("13-visit-briefing");
        leader.date("实际开展日期", TODAY_SLASHED).type("接触群众", "30")
                .type("活动情况", "在东街和石桥村听取群众对供水的意见，当场答复饮水补贴政策。");
        leader.click("提交");
        leader.until(() -> rest.visitTask(instanceId, "Task_WriteReport") != null);

        String answered = register(leader, rest, number, "咨询饮水补贴政策 " + System.nanoTime(), true);
        String leak = register(leader, rest, number, "东街供水管道漏水 " + System.nanoTime(), false);

        leader.openTask(taskId(rest, instanceId, "Task_WriteReport"));
        leader.type("活动纪要 / 调研报告", "本次现场办公收集问题两件：饮水补贴政策当场答复；东街漏水交县水利局办理。").screenshot("14-visit-report");
        leader.click("提交");
        leader.until(() -> rest.visitTask(instanceId, "Task_WriteReport") == null);

        rest.complete(answered, IssueHandlingProcess.Elements.TASK_CALLBACK, "dispatcher", Map.of("satisfaction",
                "SATISFIED"));
        rest.awaitTask(leak, IssueHandlingProcess.Elements.TASK_SORT_ISSUE);
        rest.complete(leak, IssueHandlingProcess.Elements.TASK_SORT_ISSUE, "dispatcher",
                Map.of("responsibleUnit", "unit-water", "resolutionPath", "DIRECT"));
        rest.awaitTask(leak, IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE);
        rest.complete(leak, IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE, "handler-water", Map.of("accepted", true));
        rest.awaitTask(leak, IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE);
        rest.complete(leak, IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE, "handler-water",
                Map.of("resolution", "已更换漏水管段，恢复正常供水。", "measuresTaken", "抢修队更换管段12米。"));
        rest.awaitTask(leak, IssueHandlingProcess.Elements.TASK_REVIEW_RESOLUTION);
        assertThat(rest.get("leader", "/api/visits/" + number, 200).path("visit").path("status").asText())
                .as("still following its last issue").isEqualTo("FOLLOWING_RESULTS");
        rest.complete(leak, IssueHandlingProcess.Elements.TASK_REVIEW_RESOLUTION, "dispatcher", Map.of("approved", true));
        rest.awaitTask(leak, IssueHandlingProcess.Elements.TASK_CALLBACK);
        rest.complete(leak, IssueHandlingProcess.Elements.TASK_CALLBACK, "dispatcher",
                Map.of("satisfaction", "BASICALLY_SATISFIED"));

        Browser.await(() -> "CLOSED".equals(rest.get("leader", "/api/visits/" + number, 200).path("visit")
                .path("status").asText()), "the visit closed with its results");
        JsonNode closed = rest.get("leader", "/api/visits/" + number, 200);
        assertThat(closed.path("visit").path("results").path("solvedOnSpot").asInt()).isEqualTo(1);
        assertThat(closed.path("visit").path("results").path("resolved").asInt()).isEqualTo(1);
        assertThat(closed.path("issues").findValuesAsText("status")).containsOnly("closed");
    }

    @Test
    void theVisitedTownsHandlerCannotSeeAnUnannouncedVisitBeforeItHasTakenPlace() {
        EngineRest rest = rest();
        String theme = "四不两直暗访 " + System.nanoTime();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("cadre", "leader-liu");
        plan.put("type", "RESEARCH");
        plan.put("plannedDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        plan.put("place", "unit-town-qingshan");
        plan.put("theme", theme);
        plan.put("accompanyingUnits", List.of());
        plan.put("unannounced", true);
        JsonNode planned = rest.post("leader-liu", "/api/visits", plan, 201);
        String number = planned.path("visitNumber").asText();

        Browser town = browser("tasklist", "handler-qingshan");
        town.waitForText("本单位待办");
        town.go("/api/visits?place=unit-town-qingshan");
        town.until(() -> town.text().contains("[") || town.text().contains("visitNumber"));
        assertThat(town.text()).doesNotContain(number).doesNotContain(theme);
        town.go("/api/visits/" + number);
        assertThat(town.text()).doesNotContain(theme);

        rest.complete(planned.path("processInstanceId").asText(), "Task_CarryOutVisit", "leader-liu", Map.of(
                "actualDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "peopleMet", 15,
                "visitSummary", "不打招呼直奔石桥村，查看供水设施并走访群众。"));

        town.go("/api/visits/" + number);
        town.waitForText(theme);
    }

    private static JsonNode awaitVisit(EngineRest rest, String theme) {
        JsonNode[] found = new JsonNode[1];
        Browser.await(() -> {
            for (JsonNode visit : rest.get("supervisor", "/api/visits", 200)) {
                if (theme.equals(visit.path("theme").asText())) {
                    found[0] = visit;
                    return true;
                }
            }
            return false;
        }, "the planned visit");
        return found[0];
    }

    /** The cadre registers an issue raised on the visit with the Tasklist start form; answers its instance id. */
    private String register(Browser cadre, EngineRest rest, String visitNumber, String title, boolean onTheSpot) {
        cadre.go("/camunda/app/tasklist/default/");
        cadre.clickLink("发起流程").clickLink("四下基层问题办理");
        cadre.chooseStartingWith("下基层活动", visitNumber).type("问题标题", title).type("问题描述", "群众在现场办公时反映。")
                .choose("来源渠道", "现场办公下基层").choose("问题类别", "供水排水与水利").type("发生地点", "青山镇东街");
        if (onTheSpot) {
            cadre.check("已当场解决").type("当场解决情况", "现场讲解了饮水补贴的申领条件。");
        }
        cadre.click("发起");
        JsonNode[] instance = new JsonNode[1];
        cadre.until(() -> (instance[0] = rest.instanceByTitle(title)) != null);
        return instance[0].get("id").asText();
    }

    private static String taskId(EngineRest rest, String instanceId, String taskKey) {
        rest.awaitTask(instanceId, taskKey);
        return rest.task(instanceId, taskKey).get("id").asText();
    }
}
