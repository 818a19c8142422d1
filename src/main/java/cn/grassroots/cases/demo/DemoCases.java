package cn.grassroots.cases.demo;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * Demo cases in several states, so that every login has something to do: one waiting to be sorted, one
 * waiting for a unit to sign off, one being handled, one in review, one at the callback, one whose unit asked for
 * more time (for the unit head or the supervision office to decide) and one closed. Two were
 * registered in the past and are overdue today: the unit that has not signed off and the one past its deadline.
 * Each is driven through the real process, as its users would have done it.
 */
@Component
@Profile("demo")
class DemoCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

    private final HistoryService historyService;
    private final DemoSteps steps;

    DemoCases(HistoryService historyService, DemoSteps steps) {
        this.historyService = historyService;
        this.steps = steps;
    }

    boolean alreadyLoaded() {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).count() > 0;
    }

    /** Loads the demo cases; answers their process instance ids. */
    List<String> load() {
        String lamps = register("石桥村村口路灯损坏，夜间出行不便", "村口至小学约300米路段的6盏路灯已损坏两个月，学生晚自习回家路黑。",
                "RESEARCH", "ROADS_TRAFFIC", "NORMAL", "青山镇石桥村", "陈建国", "13800001111");

        // registered weeks and days ago: their deadlines have passed, and the engine's timers fire as they would have
        String burst = daysAgo(12, () -> { // urgent: to be signed off within a working day
            String id = register("青山镇东街自来水主管爆裂", "东街菜市场旁供水主管爆裂，周边200余户停水。",
                    "ONSITE", "WATER", "URGENT", "青山镇东街", "刘秀英", "13900002222");
            sort(id, "unit-water", "DIRECT");
            return id;
        });
        String allowance = daysAgo(70, () -> { // a petition: 60 natural days; leaders 7 days after
            String id = register("低保申请三个月未获答复", "申请人因病致贫，三个月前提交低保申请至今没有答复。",
                    "PETITION", "CIVIL_AFFAIRS", "NORMAL", "白水镇白水村", "黄桂兰", "13700003333");
            sort(id, "unit-civil", "DIRECT");
            complete(id, Elements.TASK_ACCEPT_ISSUE, "handler-civil", Map.of(ACCEPTED, true));
            return id;
        });
        runDueJobs(allowance);
        runDueJobs(burst);

        String wages = register("工地拖欠农民工工资", "县城某安置房项目拖欠12名农民工工资共计约18万元。",
                "PETITION", "LABOR_SOCIAL_SECURITY", "NORMAL", "青山镇安置房工地", "杨永福", "0571-87654321");
        sort(wages, "unit-hrss", "COORDINATION");
        complete(wages, Elements.TASK_ACCEPT_ISSUE, "handler-hrss", Map.of(ACCEPTED, true));
        complete(wages, Elements.TASK_RESOLVE_ISSUE, "handler-hrss", Map.of(
                RESOLUTION, "经劳动监察约谈，施工单位已承诺于本月底前足额支付全部欠薪。",
                MEASURES_TAKEN, "立案调查，约谈施工总包单位负责人，责令限期支付。"));

        String garbage = register("白水村垃圾清运不及时", "村内垃圾收集点一周清运一次，夏季异味严重。",
                "PUBLICIZE", "ENVIRONMENT", "NORMAL", "白水镇白水村", "何志明", "13600004444");
        sort(garbage, "unit-town-baishui", "DIRECT");
        complete(garbage, Elements.TASK_ACCEPT_ISSUE, "handler-baishui", Map.of(ACCEPTED, true));
        complete(garbage, Elements.TASK_RESOLVE_ISSUE, "handler-baishui", Map.of(
                RESOLUTION, "已调整清运频次为每日一次，并增设两个收集点。",
                MEASURES_TAKEN, "与环卫公司签订补充协议，增加清运车辆。"));
        complete(garbage, Elements.TASK_REVIEW_RESOLUTION, "dispatcher", Map.of(APPROVED, true));

        String bridge = register("青山镇河口桥护栏缺损", "河口桥东侧护栏缺损约8米，临水一侧无防护，学生上下学经过。",
                "RESEARCH", "ROADS_TRAFFIC", "NORMAL", "青山镇河口村", "林海涛", "13500005555");
        sort(bridge, "unit-roads", "DIRECT");
        complete(bridge, Elements.TASK_ACCEPT_ISSUE, "handler-roads", Map.of(ACCEPTED, true));
        // asked before the deadline: the roads bureau's head (head-roads) or the supervision office decides
        complete(bridge, Elements.TASK_RESOLVE_ISSUE, "handler-roads", Map.of(REQUEST_EXTENSION, true,
                EXTENSION_DAYS, 5, EXTENSION_REASON, "护栏需按桥梁设计标准定制，厂家供货需一周。"));

        Map<String, Object> onSpot = facts("咨询城乡居民医保缴费标准", "村民询问2027年度城乡居民医保个人缴费标准和缴费渠道。",
                "PUBLICIZE", "POLICY_INQUIRY", "NORMAL", "青山镇石桥村", "", "");
        onSpot.put(RESOLVED_ON_SPOT, true);
        onSpot.put(RESOLUTION, "现场讲解了缴费标准，并演示了通过手机缴费的方法。");
        String answered = start(onSpot);
        complete(answered, Elements.TASK_CALLBACK, "dispatcher", Map.of(SATISFACTION, "SATISFIED"));
        LOG.info("Demo cases loaded");
        return List.of(lamps, burst, allowance, wages, garbage, bridge, answered);
    }

    private String register(String title, String description, String channel, String category, String urgency,
            String location, String reporterName, String reporterPhone) {
        return start(facts(title, description, channel, category, urgency, location, reporterName, reporterPhone));
    }

    private static Map<String, Object> facts(String title, String description, String channel, String category,
            String urgency, String location, String reporterName, String reporterPhone) {
        Map<String, Object> facts = new HashMap<>(Map.of(TITLE, title, DESCRIPTION, description, CHANNEL, channel,
                CATEGORY, category, URGENCY, urgency, LOCATION, location, RESOLVED_ON_SPOT, false));
        if (!reporterName.isEmpty()) {
            facts.put(REPORTER_NAME, reporterName);
            facts.put(REPORTER_PHONE, reporterPhone);
        }
        return facts;
    }

    private String start(Map<String, Object> facts) {
        return steps.start(IssueHandlingProcess.KEY, "dispatcher", facts);
    }

    private void sort(String instanceId, String unit, String path) {
        Map<String, Object> decision = new HashMap<>();
        decision.put(RESPONSIBLE_UNIT, unit);
        decision.put(RESOLUTION_PATH, path);
        complete(instanceId, Elements.TASK_SORT_ISSUE, "dispatcher", decision);
    }

    private void complete(String instanceId, String taskKey, String userId, Map<String, Object> variables) {
        steps.complete(instanceId, taskKey, userId, variables);
    }

    private String daysAgo(int days, Supplier<String> story) {
        return steps.daysAgo(days, story);
    }

    private void runDueJobs(String instanceId) {
        steps.runDueJobs(instanceId);
    }
}
