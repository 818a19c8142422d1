package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.SupervisionRoundProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.CurrentUser;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 月度督查: compiles the previous month from the cases (overdue and escalated cases per unit, cases still overdue,
 * false closures found by 回头看, cadres behind their visit quota), drafts the notice the supervision office edits and
 * publishes, keeps the published notice, and the named units' 整改反馈 (late → 督办).
 */
@Component("supervisionRounds")
public class SupervisionRounds {

    /** A row of the month's figures for one unit. */
    record UnitMonth(String unit, int overdue, int leader, int notice, int stillOverdue, int falseClosures) {
        int weight() {
            return overdue + stillOverdue + falseClosures;
        }
    }

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final SerialNumbers serialNumbers;
    private final InspectionProperties properties;

    SupervisionRounds(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory, SerialNumbers serialNumbers,
            InspectionProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.serialNumbers = serialNumbers;
        this.properties = properties;
    }

    /**
     * 10:00 on the first working day of this month (after 国庆节: 8 October 2026), an hour after the monthly visit quota
     * check, whose results the round reports.
     */
    public java.util.Date firstWorkingDayOfMonth() {
        LocalDate day = calendar.firstWorkingDayOf(YearMonth.from(calendar.today()));
        return new java.util.Date(calendar.startOfWork(day).getTime() + 3_600_000L);
    }

    /** Compiles the previous month and drafts the notice. */
    public void compile(DelegateExecution execution) {
        YearMonth month = YearMonth.from(calendar.today()).minusMonths(1);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
        Map<String, String> names = directory.unitNames();
        List<UnitMonth> units = unitsOf(start, end);
        int registered = count("SELECT COUNT(*) FROM case_ledger WHERE registered_at >= ? AND registered_at < ? AND merged_into IS NULL", start,
                end);
        int closed = count("SELECT COUNT(*) FROM case_ledger WHERE closed_at >= ? AND closed_at < ?", start, end);
        int closedOnTime = count("""
                SELECT COUNT(*) FROM case_ledger WHERE closed_at >= ? AND closed_at < ? AND resolved_on_time = TRUE""",
                start, end);
        int stillOverdue = count("SELECT COUNT(*) FROM case_watch WHERE closed_at IS NULL AND overdue = TRUE");
        List<String> behind = jdbc.queryForList("""
                SELECT q.cadre FROM quota_review q WHERE q.period_start = ? AND q.behind = TRUE ORDER BY q.cadre""",
                String.class, Date.valueOf(from));
        Map<String, String> people = directory.personNames();

        String period = month.getYear() + "年" + month.getMonthValue() + "月";
        List<String> figures = new ArrayList<>();
        figures.add("%s新登记问题%d件，办结%d件（其中按期办结%d件）；截至编制时仍逾期未办结%d件。".formatted(period, registered,
                closed, closedOnTime, stillOverdue));
        for (UnitMonth unit : units) {
            figures.add("%s：本月逾期%d件，挂牌督办%d件，通报批评%d件，现仍逾期%d件，回头看发现虚假办结%d件".formatted(
                    names.getOrDefault(unit.unit(), unit.unit()), unit.overdue(), unit.leader(), unit.notice(),
                    unit.stillOverdue(), unit.falseClosures()));
        }
        if (!behind.isEmpty()) {
            figures.add("下基层未达定额的领导干部：" + String.join("、", behind.stream()
                    .map(cadre -> people.getOrDefault(cadre, cadre)).toList()));
        }
        List<String> named = units.stream().filter(unit -> unit.weight() >= properties.overdueThreshold())
                .map(UnitMonth::unit).toList();
        execution.setVariable(PERIOD_FROM, from.toString());
        execution.setVariable(PERIOD_TO, to.toString());
        execution.setVariable(ROUND_PERIOD, period);
        execution.setVariable(ROUND_FIGURES, InspectionText.lines(figures, InspectionText.VARIABLE_TEXT - 100,
                "……另有%d项，见督查检查页面"));
        execution.setVariable(NOTICE_TITLE, period + "督查通报");
        execution.setVariable(NOTICE_TEXT, draft(period, registered, closed, closedOnTime, units, named, behind, names,
                people));
        execution.setVariable(NAMED_UNITS, InspectionText.json(named));
        List<Map<String, String>> options = new ArrayList<>();
        for (var unit : directory.units()) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", unit.name());
            option.put("value", unit.id());
            options.add(option);
        }
        execution.setVariable(UNIT_OPTIONS, InspectionText.json(options));
    }

    private String draft(String period, int registered, int closed, int closedOnTime, List<UnitMonth> units,
            List<String> named, List<String> behind, Map<String, String> names, Map<String, String> people) {
        List<String> lines = new ArrayList<>();
        lines.add("一、总体情况");
        lines.add("%s全县新登记群众反映问题%d件，办结%d件，其中按期办结%d件。".formatted(period, registered, closed,
                closedOnTime));
        lines.add("二、逾期和督办情况");
        if (units.isEmpty()) {
            lines.add("本月无逾期、督办和虚假办结情况。");
        }
        for (UnitMonth unit : units) {
            lines.add("%s：逾期%d件，挂牌督办%d件，通报批评%d件，目前仍逾期%d件%s。".formatted(
                    names.getOrDefault(unit.unit(), unit.unit()), unit.overdue(), unit.leader(), unit.notice(),
                    unit.stillOverdue(), unit.falseClosures() > 0 ? "，回头看发现虚假办结" + unit.falseClosures() + "件" : ""));
        }
        if (!behind.isEmpty()) {
            lines.add("三、领导干部下基层情况");
            lines.add("以下领导干部上月下基层未达到定额：" + String.join("、", behind.stream()
                    .map(cadre -> people.getOrDefault(cadre, cadre)).toList()) + "。");
        }
        lines.add((behind.isEmpty() ? "三、" : "四、") + "整改要求");
        lines.add(named.isEmpty() ? "请各单位继续落实按期办结要求。"
                : "请%s于%d个工作日内报送整改情况。".formatted(String.join("、", named.stream()
                        .map(unit -> names.getOrDefault(unit, unit)).toList()), properties.feedbackDays()));
        return InspectionText.lines(lines, InspectionText.VARIABLE_TEXT - 100, "……另有%d行，见督查检查页面");
    }

    private List<UnitMonth> unitsOf(Timestamp start, Timestamp end) {
        Map<String, int[]> byUnit = new TreeMap<>();
        jdbc.query("""
                SELECT responsible_unit, kind, COUNT(DISTINCT process_instance_id) AS cases FROM escalation_event
                WHERE occurred_at >= ? AND occurred_at < ? AND responsible_unit IS NOT NULL
                  AND kind IN ('SIGN_OFF_OVERDUE', 'OVERDUE', 'LEADER_ESCALATION', 'PUBLIC_NOTICE')
                GROUP BY responsible_unit, kind""", rs -> {
            int[] row = byUnit.computeIfAbsent(rs.getString(1), unit -> new int[5]);
            int column = switch (rs.getString(2)) {
                case "LEADER_ESCALATION" -> 1;
                case "PUBLIC_NOTICE" -> 2;
                default -> 0;
            };
            row[column] += rs.getInt(3);
        }, start, end);
        jdbc.query("""
                SELECT responsible_unit, COUNT(*) FROM case_watch
                WHERE closed_at IS NULL AND overdue = TRUE AND responsible_unit IS NOT NULL GROUP BY responsible_unit""",
                rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), unit -> new int[5])[3] = rs.getInt(2);
                });
        jdbc.query("""
                SELECT unit, COUNT(*) FROM spot_check_case WHERE verdict = 'NOT_SOLVED' AND checked_at >= ?
                  AND checked_at < ? GROUP BY unit""", rs -> {
            byUnit.computeIfAbsent(rs.getString(1), unit -> new int[5])[4] = rs.getInt(2);
        }, start, end);
        List<UnitMonth> units = new ArrayList<>();
        byUnit.forEach((unit, row) -> units.add(new UnitMonth(unit, row[0], row[1], row[2], row[3], row[4])));
        units.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        return units;
    }

    /** 月度督查通报 published: the notice is kept and numbered; the named units owe their 整改反馈. */
    public void published(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String title = CaseInput.requiredText(execution, NOTICE_TITLE, 200);
        String text = CaseInput.requiredText(execution, NOTICE_TEXT, InspectionText.VARIABLE_TEXT);
        Set<String> units = new LinkedHashSet<>(CaseInput.values(execution, NAMED_UNITS));
        Map<String, String> names = directory.unitNames();
        for (String unit : units) {
            if (!names.containsKey(unit)) {
                throw new InvalidCaseInputException(NAMED_UNITS, Code.UNKNOWN_VALUE, "“" + unit + "”不是本县的单位");
            }
        }
        LocalDate today = calendar.today();
        String number = serialNumbers.next(SerialNumbers.NOTICES, "DC", today.getYear());
        LocalDate due = calendar.addDays(today, properties.feedbackDays(), DayType.WORKING);
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        jdbc.update("""
                INSERT INTO supervision_notice (notice_number, process_instance_id, period_from, period_to, title,
                                                content, published_by, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", number, execution.getProcessInstanceId(),
                Date.valueOf((String) execution.getVariable(PERIOD_FROM)),
                Date.valueOf((String) execution.getVariable(PERIOD_TO)), title, text,
                CurrentUser.inCommand(), now);
        for (String unit : units) {
            jdbc.update("""
                    INSERT INTO supervision_notice_unit (notice_id, unit, feedback_due)
                    SELECT id, ?, ? FROM supervision_notice WHERE notice_number = ?""", unit, Date.valueOf(due), number);
        }
        execution.setVariable(NOTICE_NUMBER, number);
        execution.setVariable(FEEDBACK_DUE, due.toString());
        execution.setVariable(NAMED_UNITS, InspectionText.json(List.copyOf(units)));
    }

    /** The units named in this round's published notice: one 整改反馈 each. */
    public List<String> namedUnits(DelegateExecution execution) {
        return jdbc.queryForList("""
                SELECT u.unit FROM supervision_notice_unit u JOIN supervision_notice n ON n.id = u.notice_id
                WHERE n.notice_number = ? ORDER BY u.unit""", String.class, execution.getVariable(NOTICE_NUMBER));
    }

    /** 编发月度督查通报: Tasklist shows the notice's title and the task's deadline. */
    public void publishing(DelegateTask task) {
        task.setVariableLocal(IssueHandlingProcess.Variables.TITLE, task.getVariable(NOTICE_TITLE));
        task.setVariableLocal(IssueHandlingProcess.Variables.DUE_DATE, calendar.dayOf(task.getDueDate()).toString());
    }

    /** 整改反馈 and its 督办: Tasklist shows the notice's number and title, the unit and the deadline. */
    public void feedbackTask(DelegateTask task) {
        task.setVariableLocal(IssueHandlingProcess.Variables.CASE_NUMBER, task.getVariable(NOTICE_NUMBER));
        task.setVariableLocal(IssueHandlingProcess.Variables.TITLE, "整改反馈：" + task.getVariable(NOTICE_TITLE));
        task.setVariableLocal(IssueHandlingProcess.Variables.RESPONSIBLE_UNIT_NAME,
                directory.nameOf((String) task.getVariable(FEEDBACK_UNIT)));
        task.setVariableLocal(IssueHandlingProcess.Variables.DUE_DATE, task.getVariable(FEEDBACK_DUE));
    }

    public java.util.Date feedbackDueAt(DelegateExecution execution) {
        return calendar.endOf(CaseInput.requiredDate(execution, FEEDBACK_DUE));
    }

    public java.util.Date superviseDueAt() {
        return calendar.endOf(calendar.addDays(calendar.today(), properties.superviseDays(), DayType.WORKING));
    }

    /** 整改反馈 received from the unit. */
    public void feedbackReceived(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String report = CaseInput.requiredText(execution, RECTIFICATION_REPORT, InspectionText.VARIABLE_TEXT);
        jdbc.update("""
                UPDATE supervision_notice_unit SET feedback = ?, feedback_by = ?, feedback_at = ?
                WHERE unit = ? AND notice_id = (SELECT id FROM supervision_notice WHERE notice_number = ?)""",
                report, CurrentUser.inCommand(), new Timestamp(ClockUtil.getCurrentTime().getTime()),
                execution.getVariable(FEEDBACK_UNIT), execution.getVariable(NOTICE_NUMBER));
    }

    /** The unit missed its 整改反馈 deadline: marked late, and the supervision office gets a 督办 task. */
    public void feedbackLate(DelegateExecution execution) {
        jdbc.update("""
                UPDATE supervision_notice_unit SET late = TRUE
                WHERE unit = ? AND notice_id = (SELECT id FROM supervision_notice WHERE notice_number = ?)""",
                execution.getVariable(FEEDBACK_UNIT), execution.getVariable(NOTICE_NUMBER));
    }

    /** 督办整改反馈: what the office did. */
    public void feedbackSupervised(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, SUPERVISE_NOTE, 2000);
        }
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
