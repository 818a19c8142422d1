package cn.grassroots.cases.demo;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * A year of demo cases for the supervisors' pages (台账, 考核排名, 图表): about ten a month over the last twelve months,
 * across the units, towns, categories and channels, each played through the real process by its people at the time
 * it happened, so every page, drill-down and case file has real steps behind it. The units differ (some sign off late,
 * miss deadlines or leave reporters dissatisfied more often), so the ranking means something. Generated from a fixed
 * seed: the same stories every time, counted back from the day of the first start. Titles start with 【演示】.
 */
@Component
@Profile("demo")
class DemoYear {

    static final String MARK = "【演示】";
    private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);
    private static final long SEED = 20261127L;

    /** A unit that handles a category, its handler, and how reliably it works (0..1). */
    private record Unit(String id, String handler, double reliability) {
    }

    private record Subject(String category, String title, String description, Unit unit) {
    }

    private static final Unit ROADS = new Unit("unit-roads", "handler-roads", 0.92);
    private static final Unit WATER = new Unit("unit-water", "handler-water", 0.74);
    private static final Unit CIVIL = new Unit("unit-civil", "handler-civil", 0.86);
    private static final Unit HRSS = new Unit("unit-hrss", "handler-hrss", 0.95);
    private static final Unit LAND = new Unit("unit-land", "handler-land", 0.68);
    private static final Unit QINGSHAN = new Unit("unit-town-qingshan", "handler-qingshan", 0.82);
    private static final Unit BAISHUI = new Unit("unit-town-baishui", "handler-baishui", 0.88);

    private static final List<Subject> SUBJECTS = List.of(
            new Subject("ROADS_TRAFFIC", "村道路面坑洼破损", "村道多处坑洼，雨天积水，车辆和行人通行困难。", ROADS),
            new Subject("ROADS_TRAFFIC", "公交班次少出行不便", "村里到县城的公交每天只有两班，老人看病出行不便。", ROADS),
            new Subject("WATER", "自来水水压不足", "高处农户自来水水压不足，早晚用水高峰时停水。", WATER),
            new Subject("WATER", "灌溉渠道淤塞", "村里灌溉渠道淤塞多年，春耕用水困难。", WATER),
            new Subject("CIVIL_AFFAIRS", "低保申请进度咨询", "申请低保两个月未收到答复，询问办理进度。", CIVIL),
            new Subject("CIVIL_AFFAIRS", "高龄津贴未按时发放", "八十岁以上老人高龄津贴已两个月未到账。", CIVIL),
            new Subject("LABOR_SOCIAL_SECURITY", "工程款拖欠农民工工资", "建筑工地拖欠十余名农民工工资三个月。", HRSS),
            new Subject("LABOR_SOCIAL_SECURITY", "城乡居民医保缴费咨询", "外出务工人员询问医保如何异地缴费和报销。", HRSS),
            new Subject("LAND_HOUSING", "宅基地审批迟迟未办", "申请宅基地建房半年未获审批。", LAND),
            new Subject("LAND_HOUSING", "土地确权面积有误", "承包地确权登记面积与实际不符，要求更正。", LAND),
            new Subject("ENVIRONMENT", "养殖场异味扰民", "村旁养猪场夏季异味严重，污水直排河沟。", QINGSHAN),
            new Subject("ENVIRONMENT", "垃圾清运不及时", "村里垃圾收集点常常满溢，一周才清运一次。", BAISHUI),
            new Subject("AGRICULTURE", "惠农补贴发放核实", "耕地地力保护补贴金额与往年不同，请求核实。", BAISHUI),
            new Subject("AGRICULTURE", "农产品滞销求助", "今年柑橘丰收但收购价低、销路不畅，请求帮助对接销路。", QINGSHAN),
            new Subject("OTHER", "村务公开不及时", "村里财务收支多个月没有公开，群众有意见。", QINGSHAN));
    private static final String[][] PLACES = {{"unit-town-qingshan", "青山镇"}, {"unit-village-shiqiao", "青山镇石桥村"},
        {"unit-town-baishui", "白水镇"}};
    private static final String[] CHANNELS = {"PUBLICIZE", "RESEARCH", "PETITION", "ONSITE"};

    private final DemoSteps steps;
    private final TaskService taskService;
    private final WorkingCalendar calendar;
    private final int casesPerMonth;

    DemoYear(DemoSteps steps, TaskService taskService, WorkingCalendar calendar,
            @org.springframework.beans.factory.annotation.Value("${grassroots.demo.year-cases-per-month:10}")
            int casesPerMonth) {
        this.steps = steps;
        this.taskService = taskService;
        this.calendar = calendar;
        this.casesPerMonth = casesPerMonth;
    }

    /** Plays the year's stories, oldest first; answers their process instance ids. */
    List<String> load() {
        return load(casesPerMonth);
    }

    /** As {@link #load()}, with {@code perMonth} stories a month. */
    List<String> load(int perMonth) {
        Random random = new Random(SEED);
        LocalDate today = calendar.today();
        List<LocalDate> days = new ArrayList<>();
        for (int month = 12; month >= 1; month--) {
            LocalDate first = today.minusMonths(month).withDayOfMonth(1);
            for (int i = 0; i < perMonth; i++) {
                days.add(weekday(first.plusDays(random.nextInt(first.lengthOfMonth()))));
            }
        }
        days.sort(null);
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (LocalDate day : days) {
                if (!day.isBefore(today.minusDays(3))) {
                    continue;
                }
                ids.add(story(day, random, today));
            }
        } finally {
            ClockUtil.reset();
        }
        LOG.info("Demo year: {} cases over the last twelve months played through the process in {} s", ids.size(),
                (System.nanoTime() - started) / 1_000_000_000);
        return ids;
    }

    private String story(LocalDate day, Random random, LocalDate today) {
        Subject subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        String[] place = PLACES[random.nextInt(PLACES.length)];
        Unit unit = subject.unit();
        long age = java.time.temporal.ChronoUnit.DAYS.between(day, today);
        Instant now = at(day, 9 + random.nextInt(6));
        boolean onSpot = random.nextDouble() < 0.08;
        Map<String, Object> facts = new HashMap<>(Map.of(TITLE, MARK + subject.title(),
                DESCRIPTION, "【演示数据】" + subject.description(), CHANNEL, CHANNELS[random.nextInt(CHANNELS.length)],
                CATEGORY, subject.category(), URGENCY, "NORMAL", LOCATION, place[1] + "（演示）", PLACE, place[0],
                RESOLVED_ON_SPOT, onSpot));
        if (onSpot) {
            facts.put(RESOLUTION, "现场答复并当场协调解决。");
        }
        String id = clock(now, () -> steps.start(IssueHandlingProcess.KEY, "dispatcher", facts));
        if (onSpot) {
            callback(id, now.plusSeconds(86_400), unit, random);
            return id;
        }
        // 分办: occasionally to the wrong unit first, which returns it
        now = now.plusSeconds(3_600);
        if (random.nextDouble() < 0.06) {
            Unit wrong = unit == ROADS ? WATER : ROADS;
            sort(id, wrong, now);
            now = now.plusSeconds(20_000);
            complete(id, Elements.TASK_ACCEPT_ISSUE, wrong.handler(), now,
                    Map.of(ACCEPTED, false, RETURN_REASON, "不属于本单位职责，请重新分办。"));
            now = now.plusSeconds(3_600);
        }
        sort(id, unit, now);
        if (age < 2) {
            return id; // waits for its sign-off
        }
        // 签收: in time, or after the sign-off deadline (督办) for the less reliable units
        Task accept = task(id, Elements.TASK_ACCEPT_ISSUE);
        now = random.nextDouble() < unit.reliability() + 0.05 ? now.plusSeconds(7_200)
                : accept.getDueDate().toInstant().plusSeconds(3_600 * 10);
        late(id, now);
        complete(id, Elements.TASK_ACCEPT_ISSUE, unit.handler(), now, Map.of(ACCEPTED, true));
        // 办理: in time, or after the deadline (督办, perhaps the leaders)
        Task resolve = task(id, Elements.TASK_RESOLVE_ISSUE);
        Instant due = resolve.getDueDate().toInstant();
        boolean inTime = random.nextDouble() < unit.reliability();
        Instant resolved = inTime ? earlier(now.plusSeconds(86_400L * (2 + random.nextInt(10))), due.minusSeconds(7_200))
                : due.plusSeconds(86_400L * (1 + random.nextInt(9)));
        if (resolved.isAfter(Instant.now())) {
            late(id, Instant.now().minusSeconds(60));
            return id; // still in hand
        }
        late(id, resolved);
        resolve(id, unit, resolved);
        // 审核: now and then sent back once
        Instant reviewed = resolved.plusSeconds(86_400);
        if (random.nextDouble() < 0.08 && reviewed.isBefore(Instant.now())) {
            complete(id, Elements.TASK_REVIEW_RESOLUTION, "dispatcher", reviewed,
                    Map.of(APPROVED, false, SEND_BACK_REASON, "办理情况不够具体，请补充处理结果和群众意见。"));
            reviewed = reviewed.plusSeconds(86_400 * 2);
            resolve(id, unit, reviewed);
            reviewed = reviewed.plusSeconds(86_400);
        }
        if (reviewed.isAfter(Instant.now())) {
            return id; // in review
        }
        complete(id, Elements.TASK_REVIEW_RESOLUTION, "dispatcher", reviewed, Map.of(APPROVED, true));
        callback(id, reviewed.plusSeconds(86_400), unit, random);
        return id;
    }

    /** 回访: the reporters of reliable units are more often satisfied; a dissatisfied one gets the case done again. */
    private void callback(String id, Instant when, Unit unit, Random random) {
        if (when.isAfter(Instant.now())) {
            return;
        }
        double roll = random.nextDouble();
        String rating = roll < unit.reliability() - 0.15 ? "SATISFIED"
                : roll < unit.reliability() + 0.07 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
        Map<String, Object> answer = new HashMap<>(Map.of(SATISFACTION, rating));
        if (rating.equals("DISSATISFIED")) {
            answer.put(CALLBACK_NOTE, "群众认为问题没有真正解决。");
        }
        complete(id, Elements.TASK_CALLBACK, "dispatcher", when, answer);
        if (rating.equals("DISSATISFIED") && task(id, Elements.TASK_RESOLVE_ISSUE) != null) {
            Instant again = when.plusSeconds(86_400 * 3);
            if (again.plusSeconds(86_400 * 2).isAfter(Instant.now())) {
                return;
            }
            resolve(id, unit, again);
            complete(id, Elements.TASK_REVIEW_RESOLUTION, "dispatcher", again.plusSeconds(86_400),
                    Map.of(APPROVED, true));
            complete(id, Elements.TASK_CALLBACK, "dispatcher", again.plusSeconds(86_400 * 2),
                    Map.of(SATISFACTION, "BASICALLY_SATISFIED"));
        }
    }

    /** Fires the timers due by then; the offices answer the 督办 and 挂牌督办 they bring. */
    private void late(String id, Instant when) {
        clock(when, () -> {
            steps.runDueJobs(id);
            return null;
        });
        if (task(id, Elements.TASK_SUPERVISE_SIGN_OFF) != null) {
            complete(id, Elements.TASK_SUPERVISE_SIGN_OFF, "supervisor", when, Map.of(SUPERVISE_NOTE,
                    "已电话通知责任单位当日签收。"));
        }
        if (task(id, Elements.TASK_SUPERVISE_OVERDUE) != null) {
            complete(id, Elements.TASK_SUPERVISE_OVERDUE, "supervisor", when, Map.of(SUPERVISE_NOTE,
                    "已督促责任单位尽快办结并报告结果。", COMMITMENT_DATE, calendar.addDays(day(when), 3,
                            cn.grassroots.cases.calendar.DayType.WORKING).toString()));
        }
        if (task(id, Elements.TASK_LEADER_ESCALATION) != null) {
            complete(id, Elements.TASK_LEADER_ESCALATION, "leader", when, Map.of(LEADER_INSTRUCTION,
                    "请责任单位主要负责人亲自督办，三日内办结。"));
        }
    }

    private void resolve(String id, Unit unit, Instant when) {
        complete(id, Elements.TASK_RESOLVE_ISSUE, unit.handler(), when, Map.of(RESOLUTION,
                "已实地核查并处理，向群众反馈了办理结果。", MEASURES_TAKEN, "现场核实、协调相关单位落实整改。"));
    }

    private void sort(String id, Unit unit, Instant when) {
        complete(id, Elements.TASK_SORT_ISSUE, "dispatcher", when,
                Map.of(RESPONSIBLE_UNIT, unit.id(), RESOLUTION_PATH, "DIRECT"));
    }

    private void complete(String id, String taskKey, String userId, Instant when, Map<String, Object> variables) {
        clock(when, () -> {
            steps.complete(id, taskKey, userId, variables);
            return null;
        });
    }

    private Task task(String id, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult();
    }

    private static <T> T clock(Instant when, java.util.function.Supplier<T> step) {
        ClockUtil.setCurrentTime(Date.from(when));
        return step.get();
    }

    private Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), calendar.zone()).toInstant();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
