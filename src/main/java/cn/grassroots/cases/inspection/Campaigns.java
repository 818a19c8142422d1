package cn.grassroots.cases.inspection;

import static cn.grassroots.cases.inspection.SupervisionCampaignProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.numbering.SerialNumbers;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.CurrentUser;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 专项督查: a campaign on a category and/or a place for a period. Opening it tags the open cases that match; when the
 * period ends the cases registered during it that match are tagged too, and the supervision office writes the closing
 * report. Its board ({@link CampaignBoard}) follows the tagged cases; leaders add 批示 to it.
 */
@Component("campaigns")
public class Campaigns {

    private static final String MATCHING = """
            FROM case_ledger l WHERE (CAST(? AS VARCHAR(32)) IS NULL OR l.category = ?)
              AND (CAST(? AS VARCHAR(64)) IS NULL OR l.place = ? OR l.town = ?)""";

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final Directory directory;
    private final SerialNumbers serialNumbers;
    private final InspectionProperties properties;
    private final CampaignBoard board;

    Campaigns(JdbcTemplate jdbc, WorkingCalendar calendar, Directory directory, SerialNumbers serialNumbers,
            InspectionProperties properties, CampaignBoard board) {
        this.board = board;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.directory = directory;
        this.serialNumbers = serialNumbers;
        this.properties = properties;
    }

    /** The campaign is opened: checked, numbered, kept, and the open cases that match tagged. */
    public void open(DelegateExecution execution) {
        String title = CaseInput.requiredText(execution, TITLE, 200);
        String category = CaseInput.optionalText(execution, CATEGORY, 32);
        if (category != null && Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(category))) {
            throw new InvalidCaseInputException(CATEGORY, FieldProblem.unknownValue(category));
        }
        String place = CaseInput.optionalText(execution, PLACE, 64);
        if (place != null && directory.places().stream().noneMatch(p -> p.id().equals(place))) {
            throw new InvalidCaseInputException(PLACE, Code.UNKNOWN_VALUE, "“" + place + "”不是本县的镇或村");
        }
        if (category == null && place == null) {
            throw new InvalidCaseInputException(CATEGORY, Code.REQUIRED, "专项督查须指定问题类别或镇村，或两者都指定");
        }
        LocalDate from = execution.getVariable(PERIOD_FROM) == null ? calendar.today()
                : CaseInput.requiredDate(execution, PERIOD_FROM);
        LocalDate to = CaseInput.requiredDate(execution, PERIOD_TO);
        if (to.isBefore(from) || to.isBefore(calendar.today())) {
            throw new InvalidCaseInputException(PERIOD_TO, Code.OUT_OF_RANGE, "须晚于督查期的第一天，且不能早于今天");
        }
        String number = serialNumbers.next(SerialNumbers.CAMPAIGNS, "ZX", calendar.today().getYear());
        Timestamp now = now();
        jdbc.update("""
                INSERT INTO supervision_campaign (campaign_number, process_instance_id, title, category, place,
                                                  period_from, period_to, opened_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", number, execution.getProcessInstanceId(), title, category, place,
                Date.valueOf(from), Date.valueOf(to), CurrentUser.inCommand(), now);
        execution.setVariable(TITLE, title);
        execution.setVariable(PERIOD_FROM, from.toString());
        execution.setVariable(PERIOD_TO, to.toString());
        execution.setVariable(CAMPAIGN_NUMBER, number);
        jdbc.update("INSERT INTO campaign_case (campaign_id, case_number, tagged_at) "
                + "SELECT (SELECT id FROM supervision_campaign WHERE campaign_number = ?), l.case_number, ? " + MATCHING
                + " AND l.closed_at IS NULL", number, now, category, category, place, place, place);
    }

    /** The period is over: the cases registered during it that match join the campaign. */
    public void tagNewCases(DelegateExecution execution) {
        String number = (String) execution.getVariable(CAMPAIGN_NUMBER);
        String category = (String) execution.getVariable(CATEGORY);
        String place = (String) execution.getVariable(PLACE);
        category = category == null || category.isBlank() ? null : category;
        place = place == null || place.isBlank() ? null : place;
        LocalDate from = LocalDate.parse((String) execution.getVariable(PERIOD_FROM));
        LocalDate to = LocalDate.parse((String) execution.getVariable(PERIOD_TO));
        jdbc.update("INSERT INTO campaign_case (campaign_id, case_number, tagged_at) "
                + "SELECT c.id, l.case_number, ? " + MATCHING.replace("FROM case_ledger l",
                        "FROM case_ledger l JOIN supervision_campaign c ON c.campaign_number = ?")
                + " AND l.registered_at >= ? AND l.registered_at < ? AND l.merged_into IS NULL AND NOT EXISTS (SELECT 1 FROM campaign_case t"
                + " WHERE t.campaign_id = c.id AND t.case_number = l.case_number)",
                now(), number, category, category, place, place, place, Timestamp.valueOf(from.atStartOfDay()),
                Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
    }

    /** After the campaign's last day. */
    public java.util.Date endsAt(DelegateExecution execution) {
        return calendar.endOf(CaseInput.requiredDate(execution, PERIOD_TO));
    }

    public java.util.Date reportDueAt() {
        return calendar.endOf(calendar.addDays(calendar.today(), properties.reportDays(), DayType.WORKING));
    }

    /** 专项督查总结: Tasklist shows the campaign; the form shows its figures. */
    public void reportTask(DelegateTask task) {
        String number = (String) task.getVariable(CAMPAIGN_NUMBER);
        task.setVariableLocal(IssueHandlingProcess.Variables.CASE_NUMBER, number);
        task.setVariableLocal(IssueHandlingProcess.Variables.TITLE, "专项督查总结：" + task.getVariable(TITLE));
        task.setVariableLocal(IssueHandlingProcess.Variables.DUE_DATE, calendar.dayOf(task.getDueDate()).toString());
        task.setVariableLocal(PROGRESS, board.find(number).map(CampaignBoard.Campaign::summary).orElse(""));
    }

    /** The campaign closes with its report. */
    public void closed(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String report = CaseInput.requiredText(execution, REPORT, InspectionText.VARIABLE_TEXT);
        jdbc.update("UPDATE supervision_campaign SET closed_at = ?, report = ? WHERE campaign_number = ?", now(),
                report, execution.getVariable(CAMPAIGN_NUMBER));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
