package cn.grassroots.cases.bench;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.grassroots.cases.GrassrootsCasesApplication;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.IssueHandlingProcess.Elements;

/**
 * The application's engine inside the benchmark's own JVM, on the benchmark's database (its web server on a port
 * nobody calls) with its job executor off: it fills the database with cases through the engine (as {@link OpenCaseLoader} does) and acts
 * as the administrator between measurements (holding and releasing timers). The nodes under measurement are the
 * packaged jars; this engine runs none of their jobs.
 */
final class LoaderEngine implements AutoCloseable {

    /** The trivial process the bare engine's intake is measured with: a start event and one user task. */
    static final String BARE_PROCESS = "BenchBareEngine";

    private final ConfigurableApplicationContext context;
    private final ProcessEngine engine;
    private final OpenCaseLoader loader;
    final JdbcTemplate jdbc;

    LoaderEngine(String url, String user, String password) {
        context = new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                .profiles("demo").run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--camunda.bpm.job-execution.enabled=false",
                        "--grassroots.demo.load-cases=false", "--spring.datasource.hikari.maximum-pool-size=6");
        engine = context.getBean(ProcessEngine.class);
        jdbc = context.getBean(JdbcTemplate.class);
        loader = new OpenCaseLoader(engine, context.getBean(PlatformTransactionManager.class), jdbc);
    }

    OpenCaseLoader loader() {
        return loader;
    }

    void deployBareProcess() {
        engine.getRepositoryService().createDeployment().name("benchmark: bare engine")
                .addModelInstance(BARE_PROCESS + ".bpmn", Bpmn.createExecutableProcess(BARE_PROCESS)
                        .camundaHistoryTimeToLive(180).startEvent().userTask("Task_Bare").endEvent().done())
                .enableDuplicateFiltering(true).deploy();
    }

    /** Cases waiting at 办理 with tomorrow's deadline, remembered in bench_storm as round {@code round}. */
    List<String> stormCases(int count, String[] units, int round) throws Exception {
        List<String> ids = loader.atResolution(count, units, LocalDate.now().plusDays(7), 4);
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_storm (process_instance_id VARCHAR(64) PRIMARY KEY, round INT)");
        jdbc.batchUpdate("INSERT INTO bench_storm VALUES (?, ?)", ids.stream()
                .map(id -> new Object[] {id, round}).toList());
        return ids;
    }

    /**
     * Every deadline of the round passes at once: the overdue timers are held (job definition suspended), made due,
     * and released together by {@link #release()}.
     */
    void holdAndMakeDue(List<String> ids) {
        var management = engine.getManagementService();
        overdueTimers().forEach(definition -> management.suspendJobDefinitionById(definition, true));
        Date now = new Date(System.currentTimeMillis() - 1000);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        for (int first = 0; first < ids.size(); first += 200) {
            List<String> batch = ids.subList(first, Math.min(ids.size(), first + 200));
            transactions.executeWithoutResult(status -> batch.forEach(id -> {
                Job timer = management.createJobQuery().processInstanceId(id)
                        .activityId(Elements.TIMER_RESOLVE_OVERDUE).singleResult();
                management.setJobDuedate(timer.getId(), now);
            }));
        }
    }

    void release() {
        overdueTimers().forEach(definition -> engine.getManagementService().activateJobDefinitionById(definition, true));
    }

    /** The overdue timers' job definitions, one per deployed version of the process. */
    private List<String> overdueTimers() {
        return engine.getManagementService().createJobDefinitionQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).activityIdIn(Elements.TIMER_RESOLVE_OVERDUE)
                .list().stream().map(definition -> definition.getId()).toList();
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
