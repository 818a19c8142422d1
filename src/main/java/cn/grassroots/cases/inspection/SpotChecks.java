package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.SpotCheckProcess.Variables.*;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.inspection.SpotCheckDraw.Candidate;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.CurrentUser;
import cn.grassroots.cases.system.FieldLabels;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 不定期抽查 / 回头看: when the engine's check comes (a random moment of a month, drawn when the engine's previous check
 * ended, so no unit can foresee it) or the supervision office starts one, draws a sample of the cases closed as resolved in the period ({@link SpotCheckDraw}, seed and
 * population stored), gives the supervision office one 回头看 task per case, and records each finding; a case found not
 * solved goes back to its unit ({@link CaseReopening}) and counts as 虚假办结.
 */
@Component("spotChecks")
public class SpotChecks {

    /** A finding of 回头看. */
    public enum Verdict {
        SOLVED, NOT_SOLVED
    }

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final SerialNumbers serialNumbers;
    private final CaseReopening reopening;
    private final InspectionProperties properties;
    private final RuntimeService runtime;
    private final Random random = new SecureRandom();

    SpotChecks(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory, SerialNumbers serialNumbers,
            CaseReopening reopening, InspectionProperties properties, RuntimeService runtime) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.serialNumbers = serialNumbers;
        this.reopening = reopening;
        this.properties = properties;
    }

    /** A random moment in the working hours of a working day of the month, after today. */
    java.util.Date randomMomentIn(YearMonth month) {
        LocalDate today = calendar.today();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.isAfter(today) && calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        LocalDate day = days.isEmpty() ? calendar.addDays(today, 1, DayType.WORKING) : days.get(random.nextInt(days.size()));
        LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60));
        return java.util.Date.from(day.atTime(time).atZone(calendar.zone()).toInstant());
    }

    /** Whether this check is the engine's own (it then schedules the next when it ends). */
    public boolean scheduled(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariable(SCHEDULED));
    }

    /** The engine's next check: at a random moment of next month, drawn now. */
    public void scheduleNext() {
        schedule(YearMonth.from(calendar.today()).plusMonths(1));
    }

    /** Starts a check that waits for a random moment of the month. */
    String schedule(YearMonth month) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(SCHEDULED, true);
        variables.put(DUE_AT, randomMomentIn(month));
        return runtime.startProcessInstanceByMessage(SpotCheckProcess.MESSAGE_SCHEDULED, variables).getId();
    }

    /** Draws the sample of the period (the previous month when the engine started the check). */
    public void draw(DelegateExecution execution) {
        LocalDate from;
        LocalDate to;
        int share;
        String startedBy = (String) execution.getVariable(STARTED_BY);
        if (scheduled(execution)) {
            YearMonth month = YearMonth.from(calendar.today()).minusMonths(1);
            from = month.atDay(1);
            to = month.atEndOfMonth();
            share = properties.sharePercent();
        } else {
            from = CaseInput.requiredDate(execution, PERIOD_FROM);
            to = CaseInput.requiredDate(execution, PERIOD_TO);
            if (to.isBefore(from)) {
                throw new InvalidCaseInputException(PERIOD_TO, Code.OUT_OF_RANGE, "不能早于" + FieldLabels.of(PERIOD_FROM));
            }
            if (to.isAfter(calendar.today())) {
                throw new InvalidCaseInputException(PERIOD_TO, Code.OUT_OF_RANGE, "不能晚于今天");
            }
            share = execution.getVariable(SHARE_PERCENT) == null ? properties.sharePercent()
                    : CaseInput.requiredCount(execution, SHARE_PERCENT);
            if (share < 1 || share > 100) {
                throw new InvalidCaseInputException(SHARE_PERCENT, Code.OUT_OF_RANGE, "须在 1 到 100 之间");
            }
        }
        List<Candidate> population = population(from, to);
        long seed = random.nextLong();
        List<Candidate> sample = SpotCheckDraw.sample(seed, population, share, properties.minimumPerUnit());
        String number = serialNumbers.next(SerialNumbers.SPOT_CHECKS, "CC", calendar.today().getYear());
        jdbc.update("""
                INSERT INTO spot_check (check_number, process_instance_id, started_how, period_from, period_to,
                                        share_percent, minimum_per_unit, seed, population, population_cases,
                                        started_by, drawn_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                number, execution.getProcessInstanceId(), scheduled(execution) ? "RANDOM" : "ON_DEMAND",
                Date.valueOf(from), Date.valueOf(to), share, properties.minimumPerUnit(), seed, population.size(),
                String.join(",", population.stream().map(c -> c.caseNumber() + ":" + c.unit()).toList()), startedBy,
                now());
        for (Candidate candidate : sample) {
            jdbc.update("""
                    INSERT INTO spot_check_case (check_id, case_number, unit)
                    SELECT id, ?, ? FROM spot_check WHERE check_number = ?""",
                    candidate.caseNumber(), candidate.unit(), number);
        }
        execution.setVariable(PERIOD_FROM, from.toString());
        execution.setVariable(PERIOD_TO, to.toString());
        execution.setVariable(SHARE_PERCENT, share);
        execution.setVariable(CHECK_NUMBER, number);
        execution.setVariable(SAMPLE_SIZE, sample.size());
    }

    /** The cases closed as resolved by a unit in the period (a case reopened by an earlier check is open again). */
    List<Candidate> population(LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT case_number, responsible_unit FROM case_ledger
                WHERE outcome = 'RESOLVED' AND responsible_unit IS NOT NULL AND closed_at >= ? AND closed_at < ?
                ORDER BY case_number""",
                (rs, n) -> new Candidate(rs.getString(1), rs.getString(2)),
                Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
    }

    /** The sampled case numbers, one 回头看 task each. */
    public List<String> sampledCases(DelegateExecution execution) {
        return jdbc.queryForList("""
                SELECT c.case_number FROM spot_check_case c JOIN spot_check s ON s.id = c.check_id
                WHERE s.check_number = ? ORDER BY c.case_number""", String.class, execution.getVariable(CHECK_NUMBER));
    }

    /** 回头看: Tasklist shows the case's number, title, unit and the task's deadline; the form shows how it was closed. */
    public void lookBackTask(DelegateTask task) {
        String caseNumber = (String) task.getVariable(SAMPLED_CASE);
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT title, responsible_unit, location, closed_at FROM case_ledger WHERE case_number = ?""",
                caseNumber);
        task.setVariableLocal(IssueHandlingProcess.Variables.CASE_NUMBER, caseNumber);
        task.setVariableLocal(IssueHandlingProcess.Variables.TITLE, row.get("title"));
        task.setVariableLocal(IssueHandlingProcess.Variables.RESPONSIBLE_UNIT_NAME,
                directory.nameOf((String) row.get("responsible_unit")));
        task.setVariableLocal(IssueHandlingProcess.Variables.LOCATION, row.get("location"));
        task.setVariableLocal(IssueHandlingProcess.Variables.CLOSED_AT,
                calendar.dayOf((java.util.Date) row.get("closed_at")).toString());
        task.setVariableLocal(IssueHandlingProcess.Variables.RESOLUTION, reopening.resolutionOf(caseNumber));
        task.setVariableLocal(IssueHandlingProcess.Variables.DUE_DATE, calendar.dayOf(task.getDueDate()).toString());
    }

    public java.util.Date lookBackDueAt() {
        return calendar.endOf(calendar.addDays(calendar.today(), properties.lookBackDays(), DayType.WORKING));
    }

    /** A 回头看 finding: kept with the check; not solved reopens the case for its unit. */
    public void recorded(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean solved = CaseInput.requiredFlag(execution, REALLY_SOLVED);
        String method = CaseInput.requiredEnum(execution, LOOK_BACK_METHOD, LookBackMethod.class).name();
        String findings = solved ? CaseInput.optionalText(execution, LOOK_BACK_FINDINGS, 2000)
                : CaseInput.requiredText(execution, LOOK_BACK_FINDINGS, 2000);
        String caseNumber = (String) execution.getVariable(SAMPLED_CASE);
        String checkNumber = (String) execution.getVariable(CHECK_NUMBER);
        jdbc.update("""
                UPDATE spot_check_case SET verdict = ?, method = ?, note = ?, checked_by = ?, checked_at = ?
                WHERE case_number = ? AND check_id = (SELECT id FROM spot_check WHERE check_number = ?)""",
                solved ? Verdict.SOLVED.name() : Verdict.NOT_SOLVED.name(), method, findings,
                CurrentUser.inCommand(), now(), caseNumber, checkNumber);
        if (!solved) {
            reopening.afterFailedLookBack(caseNumber, checkNumber, findings);
        }
        // the next 回头看 of this check must not see this one's answers
        execution.getProcessInstance().removeVariable(REALLY_SOLVED);
        execution.getProcessInstance().removeVariable(LOOK_BACK_METHOD);
        execution.getProcessInstance().removeVariable(LOOK_BACK_FINDINGS);
    }

    /** The check ends with its findings. */
    public void findings(DelegateExecution execution) {
        String number = (String) execution.getVariable(CHECK_NUMBER);
        List<String> notSolved = jdbc.queryForList("""
                SELECT c.case_number FROM spot_check_case c JOIN spot_check s ON s.id = c.check_id
                WHERE s.check_number = ? AND c.verdict = 'NOT_SOLVED' ORDER BY c.case_number""", String.class, number);
        int sampled = CaseInput.count(execution, SAMPLE_SIZE);
        if (sampled == 0) {
            String none = "期间内没有已办结的问题，未抽取。";
            jdbc.update("UPDATE spot_check SET ended_at = ?, findings = ? WHERE check_number = ?", now(), none, number);
            execution.setVariable(FINDINGS, none);
            return;
        }
        String text = "抽查%d件，经回头看确已解决%d件%s。".formatted(sampled, sampled - notSolved.size(),
                notSolved.isEmpty() ? "" : "，未真正解决（虚假办结，已重新交办原单位）%d件：%s".formatted(notSolved.size(),
                        String.join("、", notSolved)));
        String kept = text.length() > InspectionText.VARIABLE_TEXT ? text.substring(0, 3990) + "……" : text;
        jdbc.update("UPDATE spot_check SET ended_at = ?, findings = ? WHERE check_number = ?", now(), kept, number);
        execution.setVariable(FINDINGS, kept);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
