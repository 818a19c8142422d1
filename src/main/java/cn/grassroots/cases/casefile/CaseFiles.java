package cn.grassroots.cases.casefile;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.sql.Date;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.audit.AuditEntry;
import cn.grassroots.cases.audit.CaseAudit;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseDeadlines;
import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.ledger.LedgerQueries;
import cn.grassroots.cases.ledger.LedgerRow;
import cn.grassroots.cases.ledger.LedgerScope;
import cn.grassroots.cases.organization.Directory;

/**
 * Puts a case file together for a person who may read the case's ledger row ({@link LedgerScope}); for anybody else
 * there is none. Once the row is readable the file reads the case's history regardless of the engine's
 * authorizations (a unit checking itself reads its closed cases too); the reporter's identity is never part of it.
 */
@Service
class CaseFiles {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> ACTIONS = Map.of("REGISTERED", "登记", "CLAIM", "认领", "COMPLETE", "办理",
            "ASSIGN", "指派", "DELEGATE", "委托", "ESCALATED", "升级", "VIEWED_REPORTER", "查看反映人", "CLOSED", "办结",
            "SETOWNER", "设定负责人", "RESOLVE", "完成委托");
    static final String[] LEVELS = {"正常", "督查室督办", "领导挂牌督办", "通报批评"};

    private final ProcessEngine engine;
    private final LedgerQueries ledger;
    private final CaseAudit audit;
    private final CaseDeadlines deadlines;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final JdbcTemplate jdbc;
    private final CaseReopening cases;

    CaseFiles(ProcessEngine engine, LedgerQueries ledger, CaseAudit audit, CaseDeadlines deadlines,
            Directory directory, WorkingCalendar calendar, JdbcTemplate jdbc, CaseReopening cases) {
        this.cases = cases;
        this.engine = engine;
        this.ledger = ledger;
        this.audit = audit;
        this.deadlines = deadlines;
        this.directory = directory;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    Optional<CaseFile> find(String caseNumber, Authentication person) {
        LedgerScope scope = LedgerScope.of(person);
        if (!scope.readsAnything()) {
            return Optional.empty();
        }
        return ledger.find(caseNumber, scope).map(row -> withoutAuthorization(() -> file(row)));
    }

    private CaseFile file(LedgerRow row) {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance instance = cases.latest(row.caseNumber()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            boolean processScope = instance.getId().equals(variable.getExecutionId());
            if (variable.getTaskId() == null && (processScope || !variables.containsKey(variable.getName()))) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        Map<String, String> people = directory.personNames();
        List<CaseFile.Step> timeline = audit.trail(row.caseNumber()).orElse(List.of()).stream()
                .map(entry -> step(entry, people)).toList();
        Map<String, List<String>> texts = texts(instance.getId());
        int level = row.closedAt() == null ? count(variables.get(ESCALATION_LEVEL)) : row.highestLevel();
        String levelName = level == 0 && row.closedAt() == null && Boolean.TRUE.equals(variables.get(WARNING)) ? "预警"
                : LEVELS[Math.max(0, Math.min(level, LEVELS.length - 1))];
        return new CaseFile(row.caseNumber(), instance.getId(), (String) variables.get(DESCRIPTION), row,
                visit(row.visitNumber()), row.sortedAt() == null ? null : text(variables.get(SIGN_OFF_DUE_DATE)),
                row.sortedAt() == null ? List.of() : tiers(instance.getId(), variables, row.dueDate()), level,
                levelName, timeline, texts.get(SUPERVISE_NOTE), texts.get(LEADER_INSTRUCTION),
                texts.get(NOTICE_TEXT));
    }

    /** Each tier for the current deadline, reached when the ladder recorded it for that deadline. */
    private List<CaseFile.Tier> tiers(String processInstanceId, Map<String, Object> variables, String dueDate) {
        CaseDeadlines.Tiers tiers = deadlines.tiers(variables);
        if (tiers == null) {
            return List.of();
        }
        Map<String, String> reached = new HashMap<>();
        jdbc.query("""
                SELECT kind, occurred_at FROM escalation_event WHERE process_instance_id = ? AND due_date = ?
                ORDER BY occurred_at""", (java.sql.ResultSet rs) -> {
                    reached.putIfAbsent(rs.getString("kind"), time(rs.getTimestamp("occurred_at")));
                }, processInstanceId, Date.valueOf(dueDate));
        List<CaseFile.Tier> list = new ArrayList<>();
        list.add(tier("WARNING", "预警", tiers.warning(), reached.get("WARNING")));
        list.add(tier("OVERDUE", "逾期·督查室督办", tiers.overdue(), reached.get("OVERDUE")));
        list.add(tier("LEADER", "领导挂牌督办", tiers.leaders(), reached.get("LEADER_ESCALATION")));
        if (tiers.notice() != null) {
            list.add(tier("NOTICE", "通报批评", tiers.notice(), reached.get("PUBLIC_NOTICE")));
        }
        return list;
    }

    private CaseFile.Tier tier(String tier, String name, java.util.Date at, String reachedAt) {
        return new CaseFile.Tier(tier, name, time(at), reachedAt != null, reachedAt);
    }

    /** The texts of 督办, 批示 and 通报, each version in the order written. */
    private Map<String, List<String>> texts(String processInstanceId) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String name : List.of(SUPERVISE_NOTE, LEADER_INSTRUCTION, NOTICE_TEXT)) {
            texts.put(name, new ArrayList<>());
        }
        for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery()
                .processInstanceId(processInstanceId).variableUpdates().orderByTime().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            List<String> list = texts.get(update.getVariableName());
            if (list != null && update.getValue() instanceof String text && !text.isBlank() && !list.contains(text)) {
                list.add(text);
            }
        }
        return texts;
    }

    private CaseFile.Visit visit(String visitNumber) {
        if (visitNumber == null) {
            return null;
        }
        Map<String, String> people = directory.personNames();
        return jdbc.query("""
                SELECT visit_number, theme, cadre, visit_type, planned_date, actual_date FROM visit_register
                WHERE visit_number = ?""", (rs, n) -> new CaseFile.Visit(rs.getString("visit_number"),
                rs.getString("theme"), people.getOrDefault(rs.getString("cadre"), rs.getString("cadre")),
                Labelled.labelOf(Channel.class, rs.getString("visit_type")),
                (rs.getDate("actual_date") != null ? rs.getDate("actual_date") : rs.getDate("planned_date"))
                        .toLocalDate().toString()), visitNumber).stream().findFirst().orElse(null);
    }

    private CaseFile.Step step(AuditEntry entry, Map<String, String> people) {
        return new CaseFile.Step(MINUTES.format(entry.at()), entry.action(),
                ACTIONS.getOrDefault(entry.action(), entry.action()) + "：" + entry.step(), entry.userId(),
                entry.userId() != null ? people.getOrDefault(entry.userId(), entry.userId())
                        : "ESCALATED".equals(entry.action()) ? "系统（计时器）" : "系统");
    }

    private String time(java.util.Date date) {
        return date == null ? null : MINUTES.format(date.toInstant().atZone(calendar.zone()));
    }

    private <T> T withoutAuthorization(java.util.concurrent.Callable<T> work) {
        return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
                .execute(context -> context.runWithoutAuthorization(work));
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().substring(0, Math.min(10, value.toString().length()));
    }
}
