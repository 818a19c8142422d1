package cn.grassroots.cases.bench;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.grassroots.cases.handling.CaseDriver;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * Fills the engine with open cases for the county benchmark, through the engine: one real case is played to each
 * stage (registration, its policy job, sorting, sign-off, resolution, review) to learn the variables a case has there;
 * every further case starts at its stage with those variables ({@code startBeforeActivity}), so the process's own
 * listeners give it its number, ledger row, task, due date, candidate group and the engine's per-task authorization,
 * and the stage's deadline timers. Some cases past their deadline have their overdue timer fired (督办 for
 * {@code supervision}), a few the leaders' one too (领导挂牌督办).
 */
public class OpenCaseLoader {

    private static final String[] UNITS = {"unit-roads", "unit-water", "unit-civil", "unit-hrss", "unit-land",
        "unit-town-qingshan", "unit-town-baishui"};
    private static final String[] TITLES = {"村道路面坑洼破损", "自来水管道漏水", "低保申请进度咨询", "拖欠农民工工资",
        "宅基地审批迟迟未办", "养殖场异味扰民", "惠农补贴发放核实", "医保缴费咨询", "垃圾清运不及时"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 25;
    /**
     * The statistics are taken again after the first 1,000 cases loaded and every so many after, as autovacuum would
     * (it is off on these machines): with the statistics of a small database PostgreSQL plans the loading's own
     * queries badly.
     */
    private static final int ANALYZE_EVERY = 10_000;

    /**
     * Cases in 办理 start at the gateway before it, so they take the flow into 办理 as a played case does: its
     * listeners write the case's watch row (the overdue board) and ledger step, keeping the deadline the case has.
     */
    static final String JOIN_BEFORE_RESOLUTION = "Gateway_JoinResolve";

    /** Where an open case waits, in per mille of the cases: most are with the units. */
    enum Stage {
        SORT(Elements.TASK_SORT_ISSUE, 120), SIGN_OFF(Elements.SUB_PROCESS_SIGN_OFF, 180),
        RESOLVE(JOIN_BEFORE_RESOLUTION, 580), REVIEW(Elements.TASK_REVIEW_RESOLUTION, 70),
        CALLBACK(Elements.TASK_CALLBACK, 50);

        /** Started before: the task, or the sub-process around it (whose timers need the stage's variables). */
        final String activity;
        final int perMille;

        Stage(String activity, int perMille) {
            this.activity = activity;
            this.perMille = perMille;
        }
    }

    private final ProcessEngine engine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Map<Stage, Map<String, Object>> templates = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    public OpenCaseLoader(ProcessEngine engine, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public long openCases() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).active().count();
    }

    /** Adds open cases until there are {@code target}, on {@code threads} threads, in transactions of 25 cases. */
    public void topUpTo(long target, int threads) throws Exception {
        learnTemplates();
        long missing = target - openCases();
        if (missing <= 0) {
            return;
        }
        int batches = (int) ((missing + BATCH - 1) / BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong loaded = new AtomicLong();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int b = 0; b < batches; b++) {
                int size = (int) Math.min(BATCH, missing - (long) b * BATCH);
                work.add(pool.submit(() -> {
                    transactions.executeWithoutResult(status -> {
                        for (int i = 0; i < size; i++) {
                            startOne();
                        }
                    });
                    long now = loaded.addAndGet(size);
                    if (timeToAnalyze(now - size, now)) {
                        jdbc.execute("ANALYZE");
                    }
                }));
            }
            for (Future<?> batch : work) {
                batch.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Whether loading from {@code before} to {@code after} cases passed the first 1,000 or a multiple of 10,000. */
    private static boolean timeToAnalyze(long before, long after) {
        return before / ANALYZE_EVERY != after / ANALYZE_EVERY || (before < 1_000 && after >= 1_000);
    }

    private void startOne() {
        int n = sequence.incrementAndGet();
        Random random = new Random(n * 7919L + System.nanoTime());
        Stage stage = stageOf(random.nextInt(1000));
        LocalDate today = LocalDate.now(ZONE);
        // deadlines from ten days ago to forty days ahead; sign-off limits from two days ago to three ahead
        LocalDate due = today.plusDays(random.nextInt(51) - 10);
        String instanceId = start(stage, UNITS[random.nextInt(UNITS.length)], due,
                today.plusDays(random.nextInt(6) - 2), TITLES[n % TITLES.length] + " " + n);
        // half of the cases in 办理 past their deadline were 督办'd; one in five of those went to the leaders
        if (stage == Stage.RESOLVE && due.isBefore(today) && random.nextBoolean()) {
            fire(instanceId, Elements.TIMER_RESOLVE_OVERDUE);
            if (random.nextInt(5) == 0) {
                fire(instanceId, Elements.TIMER_LEADER_ESCALATION);
            }
        }
    }

    /**
     * {@code count} cases of {@code units} (in turn) waiting at 办理 with the deadline {@code due}, their timers not
     * yet fired; returns their process instance ids.
     */
    public List<String> atResolution(int count, String[] units, LocalDate due, int threads) throws Exception {
        learnTemplates();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> work = new ArrayList<>();
            for (int first = 0; first < count; first += BATCH) {
                int from = first;
                int to = Math.min(count, first + BATCH);
                work.add(pool.submit(() -> transactions.execute(status -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        ids.add(start(Stage.RESOLVE, units[i % units.length], due, due, "积水内涝排查 " + i));
                    }
                    return ids;
                })));
            }
            List<String> ids = new ArrayList<>();
            for (Future<List<String>> batch : work) {
                ids.addAll(batch.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private String start(Stage stage, String unit, LocalDate due, LocalDate signOffDue, String title) {
        Map<String, Object> registration = CaseDriver.roadsIssue();
        registration.put(TITLE, title);
        Map<String, Object> variables = new HashMap<>(templates.get(stage));
        registration.keySet().forEach(variables::remove);
        variables.put(RESPONSIBLE_UNIT, unit);
        variables.put(DUE_DATE, due.toString());
        variables.put(SIGN_OFF_DUE_DATE, signOffDue.toString());
        // the registration's listeners sit on the start event (it numbers the case at the end of its start, writes its
        // ledger row and keeps the reporter): the case is registered as any case is and waits at the deadline
        // policy's asynchronous step; then its stage starts with the stage's variables and that first token goes
        String id = engine.getRuntimeService().createProcessInstanceByKey(IssueHandlingProcess.KEY)
                .setVariables(registration).execute().getId();
        engine.getRuntimeService().createProcessInstanceModification(id)
                .startBeforeActivity(stage.activity).setVariables(variables)
                .cancelAllForActivity(Elements.TASK_APPLY_DEADLINE_POLICY).execute();
        return id;
    }

    private static Stage stageOf(int perMille) {
        int sum = 0;
        for (Stage stage : Stage.values()) {
            sum += stage.perMille;
            if (perMille < sum) {
                return stage;
            }
        }
        return Stage.RESOLVE;
    }

    private void fire(String processInstanceId, String timerId) {
        var management = engine.getManagementService();
        String definition = management.createJobDefinitionQuery().processDefinitionKey(IssueHandlingProcess.KEY)
                .activityIdIn(timerId).list().get(0).getId();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).jobDefinitionId(definition)
                .singleResult();
        if (timer != null) {
            management.executeJob(timer.getId());
        }
    }

    /** One real case per stage, played step by step, gives the variables a case has when it waits there. */
    private synchronized void learnTemplates() {
        if (!templates.isEmpty()) {
            return;
        }
        CaseDriver sorting = CaseDriver.register(engine, CaseDriver.roadsIssue());
        templates.put(Stage.SORT, variablesOf(sorting));
        CaseDriver signingOff = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads");
        templates.put(Stage.SIGN_OFF, variablesOf(signingOff));
        CaseDriver resolving = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads");
        templates.put(Stage.RESOLVE, variablesOf(resolving));
        CaseDriver reviewing = CaseDriver.register(engine, CaseDriver.roadsIssue()).sortTo("unit-roads")
                .accept("handler-roads").resolve("handler-roads");
        templates.put(Stage.REVIEW, variablesOf(reviewing));
        templates.put(Stage.CALLBACK, variablesOf(CaseDriver.register(engine, CaseDriver.roadsIssue())
                .sortTo("unit-roads").accept("handler-roads").resolve("handler-roads").approve()));
    }

    private Map<String, Object> variablesOf(CaseDriver driver) {
        Map<String, Object> variables = new HashMap<>(
                engine.getRuntimeService().getVariables(driver.instance().getId()));
        // given anew by the registration listener of each case
        variables.remove(CASE_NUMBER);
        variables.remove(REGISTERED_AT);
        return variables;
    }
}
