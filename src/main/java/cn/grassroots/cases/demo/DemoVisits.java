package cn.grassroots.cases.demo;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.visits.GrassrootsVisitProcess;
import cn.grassroots.cases.visits.GrassrootsVisitProcess.Elements;
import cn.grassroots.cases.visits.VisitQuotaReviewProcess;

/**
 * Demo visits (下基层活动) in every state, each played through the real process by its cadre: planned, due today,
 * overdue (reminded, the supervision office called in), awaiting its report, following its results, closed with
 * results, one unannounced (四不两直); then this month's quota check lists the cadres behind.
 */
@Component
@Profile("demo")
class DemoVisits {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVisits.class);

    private final DemoSteps steps;
    private final WorkingCalendar calendar;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;

    DemoVisits(DemoSteps steps, WorkingCalendar calendar, HistoryService historyService,
            RuntimeService runtimeService) {
        this.steps = steps;
        this.calendar = calendar;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
    }

    boolean alreadyLoaded() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(GrassrootsVisitProcess.KEY).count() > 0;
    }

    List<String> load() {
        String planned = plan("leader-sun", "PUBLICIZE", calendar.today().plusDays(5).toString(), "unit-town-baishui",
                "宣讲耕地保护和惠农补贴政策", false);
        String unannounced = plan("leader-liu", "RESEARCH", calendar.today().plusDays(3).toString(),
                "unit-village-shiqiao", "农村饮水安全暗访", true);
        String dueToday = plan("leader", "ONSITE", calendar.today().toString(), "unit-town-qingshan",
                "青山镇道路和供水问题现场办公", false);
        String overdue = steps.daysAgo(10, () -> plan("head-roads", "RESEARCH", ClockUtilDay.today(calendar),
                "unit-village-shiqiao", "农村公路养护情况调研", false));
        steps.runDueJobs(overdue);
        String awaitingReport = steps.daysAgo(2, () -> {
            String id = plan("mayor-baishui", "PETITION", ClockUtilDay.today(calendar), "unit-town-baishui",
                    "镇信访接待日", false);
            carryOut(id, "mayor-baishui", 18, "接待来访群众18人次，登记诉求6件，其中4件当场答复。");
            return id;
        });
        String following = steps.daysAgo(9, () -> {
            String id = plan("leader-liu", "RESEARCH", ClockUtilDay.today(calendar), "unit-town-qingshan",
                    "青山镇农村供水管网调研", false);
            carryOut(id, "leader-liu", 25, "走访青山镇三个村，查看供水管网，座谈群众代表。");
            String leak = issue(id, "leader-liu", "石桥村供水管网老化经常停水", "石桥村主管网铺设于2003年，今年已停水五次。",
                    "WATER", "unit-village-shiqiao", false);
            steps.complete(leak, IssueHandlingProcess.Elements.TASK_SORT_ISSUE, "dispatcher", Map.of(
                    IssueHandlingProcess.Variables.RESPONSIBLE_UNIT, "unit-water",
                    IssueHandlingProcess.Variables.RESOLUTION_PATH, "COORDINATION"));
            report(id, "leader-liu", "调研发现青山镇供水管网普遍老化，已将石桥村管网问题交县水利局办理，建议列入明年改造计划。");
            return id;
        });
        String closed = steps.daysAgo(30, () -> {
            String id = plan("leader", "ONSITE", ClockUtilDay.today(calendar), "unit-town-baishui", "白水镇环境整治现场办公",
                    false);
            carryOut(id, "leader", 40, "现场查看白水村垃圾收集点，听取村民意见，协调环卫清运。");
            String answered = issue(id, "leader", "咨询农村人居环境整治补助标准", "村民询问改厕补助标准和申请方式。", "ENVIRONMENT",
                    "unit-town-baishui", true);
            steps.complete(answered, IssueHandlingProcess.Elements.TASK_CALLBACK, "dispatcher",
                    Map.of(IssueHandlingProcess.Variables.SATISFACTION, "SATISFIED"));
            String drains = issue(id, "leader", "白水村排水沟堵塞", "村中主排水沟淤堵，雨天积水进院。", "ENVIRONMENT",
                    "unit-town-baishui", false);
            steps.complete(drains, IssueHandlingProcess.Elements.TASK_SORT_ISSUE, "dispatcher", Map.of(
                    IssueHandlingProcess.Variables.RESPONSIBLE_UNIT, "unit-town-baishui",
                    IssueHandlingProcess.Variables.RESOLUTION_PATH, "DIRECT"));
            steps.complete(drains, IssueHandlingProcess.Elements.TASK_ACCEPT_ISSUE, "handler-baishui",
                    Map.of(IssueHandlingProcess.Variables.ACCEPTED, true));
            steps.complete(drains, IssueHandlingProcess.Elements.TASK_RESOLVE_ISSUE, "handler-baishui", Map.of(
                    IssueHandlingProcess.Variables.RESOLUTION, "已组织清淤，排水恢复畅通。",
                    IssueHandlingProcess.Variables.MEASURES_TAKEN, "出动挖掘机一台、人员8人次清淤200米。"));
            steps.complete(drains, IssueHandlingProcess.Elements.TASK_REVIEW_RESOLUTION, "dispatcher",
                    Map.of(IssueHandlingProcess.Variables.APPROVED, true));
            report(id, "leader", "现场办公收集问题2件，当场答复1件，交白水镇办理1件，已办结。");
            steps.complete(drains, IssueHandlingProcess.Elements.TASK_CALLBACK, "dispatcher",
                    Map.of(IssueHandlingProcess.Variables.SATISFACTION, "BASICALLY_SATISFIED"));
            return id;
        });
        // this month's check of last month's visits: the supervision office gets 督促下基层 for the cadres behind
        steps.authenticate("supervisor");
        try {
            runtimeService.startProcessInstanceByMessage(VisitQuotaReviewProcess.MESSAGE_REVIEW_REQUESTED);
        } finally {
            steps.logOut();
        }
        LOG.info("Demo visits loaded");
        return List.of(planned, unannounced, dueToday, overdue, awaitingReport, following, closed);
    }

    private String plan(String cadre, String type, String date, String place, String theme, boolean unannounced) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(CADRE, cadre);
        plan.put(VISIT_TYPE, type);
        plan.put(PLANNED_DATE, date);
        plan.put(PLACE, place);
        plan.put(THEME, theme);
        plan.put(ACCOMPANYING_UNITS, unannounced ? "" : "unit-water");
        plan.put(UNANNOUNCED, unannounced);
        return steps.start(GrassrootsVisitProcess.KEY, cadre, plan);
    }

    private void carryOut(String visit, String cadre, int peopleMet, String summary) {
        steps.complete(visit, Elements.TASK_CARRY_OUT_VISIT, cadre, Map.of(ACTUAL_DATE, ClockUtilDay.today(calendar),
                PEOPLE_MET, peopleMet, VISIT_SUMMARY, summary));
    }

    private void report(String visit, String cadre, String text) {
        steps.complete(visit, Elements.TASK_WRITE_REPORT, cadre, Map.of(REPORT_TEXT, text));
    }

    /** An issue raised on the visit, registered by its cadre; answers the case's instance id. */
    private String issue(String visit, String cadre, String title, String description, String category, String place,
            boolean onTheSpot) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(IssueHandlingProcess.Variables.TITLE, title);
        facts.put(IssueHandlingProcess.Variables.DESCRIPTION, description);
        facts.put(IssueHandlingProcess.Variables.CATEGORY, category);
        facts.put(IssueHandlingProcess.Variables.URGENCY, "NORMAL");
        facts.put(IssueHandlingProcess.Variables.LOCATION, "现场");
        facts.put(IssueHandlingProcess.Variables.PLACE, place);
        facts.put(IssueHandlingProcess.Variables.VISIT_NUMBER,
                runtimeService.getVariable(visit, VISIT_NUMBER));
        facts.put(IssueHandlingProcess.Variables.RESOLVED_ON_SPOT, onTheSpot);
        if (onTheSpot) {
            facts.put(IssueHandlingProcess.Variables.RESOLUTION, "现场讲解了补助标准和申请流程。");
        }
        return steps.start(IssueHandlingProcess.KEY, cadre, facts);
    }

    /** Today on the (possibly moved) engine clock. */
    private static final class ClockUtilDay {
        static String today(WorkingCalendar calendar) {
            return calendar.dayOf(ClockUtil.getCurrentTime()).toString();
        }
    }
}
