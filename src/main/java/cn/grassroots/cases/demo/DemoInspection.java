package cn.grassroots.cases.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.inspection.CampaignBoard;
import cn.grassroots.cases.inspection.SpotCheckProcess;
import cn.grassroots.cases.inspection.SupervisionCampaignProcess;
import cn.grassroots.cases.inspection.SupervisionRoundProcess;

/**
 * The demo's supervision rounds, each played through its process: last month's notice published by the supervision
 * office, one named unit's 整改反馈 received and the others pending; a spot check of the last three months under way
 * (one case checked); a campaign on rural drinking water in 青山镇 with a leader's 批示.
 */
@Component
@Profile("demo")
class DemoInspection {

    private static final Logger LOG = LoggerFactory.getLogger(DemoInspection.class);

    private final DemoSteps steps;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final CampaignBoard campaigns;

    DemoInspection(DemoSteps steps, RuntimeService runtime, TaskService tasks, JdbcTemplate jdbc,
            WorkingCalendar calendar, CampaignBoard campaigns) {
        this.steps = steps;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.campaigns = campaigns;
    }

    boolean alreadyLoaded() {
        Integer notices = jdbc.queryForObject("SELECT COUNT(*) FROM supervision_notice", Integer.class);
        return notices != null && notices > 0;
    }

    /** What was loaded: the round's and the spot check's instances, the campaign's number. */
    record Loaded(String round, String spotCheck, String campaignNumber) {
    }

    Loaded load() {
        Loaded loaded = new Loaded(publishLastMonthsNotice(), startASpotCheck(), openACampaign());
        LOG.info("Demo supervision rounds loaded: a published notice, a spot check under way, a campaign");
        return loaded;
    }

    private String publishLastMonthsNotice() {
        steps.authenticate("supervisor");
        String round;
        try {
            round = runtime.startProcessInstanceByMessage(SupervisionRoundProcess.MESSAGE_ROUND_REQUESTED).getId();
        } finally {
            steps.logOut();
        }
        List<String> named = new ArrayList<>();
        Object proposed = runtime.getVariable(round, SupervisionRoundProcess.Variables.NAMED_UNITS);
        if (proposed instanceof List<?> list) {
            list.forEach(unit -> named.add(String.valueOf(unit)));
        }
        for (String unit : List.of("unit-roads", "unit-land")) {
            if (named.size() < 2 && !named.contains(unit)) {
                named.add(unit);
            }
        }
        Map<String, Object> notice = new HashMap<>();
        notice.put(SupervisionRoundProcess.Variables.NOTICE_TITLE,
                runtime.getVariable(round, SupervisionRoundProcess.Variables.NOTICE_TITLE));
        notice.put(SupervisionRoundProcess.Variables.NOTICE_TEXT,
                runtime.getVariable(round, SupervisionRoundProcess.Variables.NOTICE_TEXT));
        notice.put(SupervisionRoundProcess.Variables.NAMED_UNITS, named);
        steps.complete(round, SupervisionRoundProcess.Elements.TASK_PUBLISH_NOTICE, "supervisor", notice);
        Task first = tasks.createTaskQuery().processInstanceId(round)
                .taskDefinitionKey(SupervisionRoundProcess.Elements.TASK_RECTIFICATION_FEEDBACK)
                .taskCandidateGroup(named.get(0)).singleResult();
        String handler = "handler-" + named.get(0).substring("unit-".length());
        if (first != null && jdbc.queryForObject("SELECT COUNT(*) FROM org_person WHERE person_id = ?", Integer.class,
                handler) > 0) {
            steps.authenticate(handler);
            try {
                tasks.claim(first.getId(), handler);
                tasks.complete(first.getId(), Map.of(SupervisionRoundProcess.Variables.RECTIFICATION_REPORT,
                        "已召开专题会议逐件分析逾期原因，明确专人跟踪，逾期问题本月底前全部办结。"));
            } finally {
                steps.logOut();
            }
        }
        return round;
    }

    private String startASpotCheck() {
        Map<String, Object> period = new HashMap<>();
        period.put(SpotCheckProcess.Variables.PERIOD_FROM, calendar.today().minusMonths(3).toString());
        period.put(SpotCheckProcess.Variables.PERIOD_TO, calendar.today().toString());
        period.put(SpotCheckProcess.Variables.SHARE_PERCENT, 20);
        String check = steps.start(SpotCheckProcess.KEY, "supervisor", period);
        List<Task> lookBacks = tasks.createTaskQuery().processInstanceId(check)
                .taskDefinitionKey(SpotCheckProcess.Elements.TASK_LOOK_BACK).list();
        if (lookBacks.size() > 1) {
            steps.authenticate("supervisor");
            try {
                tasks.claim(lookBacks.get(0).getId(), "supervisor");
                tasks.complete(lookBacks.get(0).getId(), Map.of(SpotCheckProcess.Variables.REALLY_SOLVED, "true",
                        SpotCheckProcess.Variables.LOOK_BACK_METHOD, "PHONE",
                        SpotCheckProcess.Variables.LOOK_BACK_FINDINGS, "电话回访反映人，确认问题已解决，群众满意。"));
            } finally {
                steps.logOut();
            }
        }
        return check;
    }

    private String openACampaign() {
        Map<String, Object> campaign = new HashMap<>();
        campaign.put(SupervisionCampaignProcess.Variables.TITLE, "农村饮水安全专项督查");
        campaign.put(SupervisionCampaignProcess.Variables.CATEGORY, "WATER");
        campaign.put(SupervisionCampaignProcess.Variables.PLACE, "unit-town-qingshan");
        campaign.put(SupervisionCampaignProcess.Variables.PERIOD_TO, calendar.today().plusDays(30).toString());
        String opened = steps.start(SupervisionCampaignProcess.KEY, "leader", campaign);
        String number = (String) runtime.getVariable(opened, SupervisionCampaignProcess.Variables.CAMPAIGN_NUMBER);
        campaigns.instruct(number, "leader", "请县水利局会同青山镇逐村排查供水设施，月底前报送排查结果。");
        return number;
    }
}
