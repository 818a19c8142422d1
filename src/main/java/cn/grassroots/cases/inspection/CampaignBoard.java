package cn.grassroots.cases.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.Category;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.ledger.LedgerRow;
import cn.grassroots.cases.organization.Directory;

/** A campaign's board: its cases with their stage and deadline, progress, overdue cases, and the leaders' 批示. */
@Component
public class CampaignBoard {

    /** A campaign as its board shows it (people's words beside the codes). */
    public record Campaign(String campaignNumber, String title, String category, String categoryName, String place,
            String placeName, String periodFrom, String periodTo, String openedBy, String openedByName,
            String openedAt, String closedAt, String report, int cases, int closedCases, int overdueCases,
            List<CampaignCase> caseList, List<Instruction> instructions) {

        /** Progress in one line, for the closing report's form. */
        public String summary() {
            return "纳入问题%d件，已办结%d件，未办结%d件，其中逾期%d件。".formatted(cases, closedCases, cases - closedCases,
                    overdueCases);
        }
    }

    public record CampaignCase(String caseNumber, String title, String unitName, String statusName, String dueDate,
            String closedAt, boolean overdue, boolean falseClosure) {
    }

    public record Instruction(String givenBy, String givenByName, String givenAt, String instruction) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;

    CampaignBoard(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    public List<Campaign> list() {
        return jdbc.queryForList("SELECT campaign_number FROM supervision_campaign ORDER BY opened_at DESC",
                String.class).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<Campaign> find(String number) {
        Map<String, String> units = directory.unitNames();
        Map<String, String> people = directory.personNames();
        List<CampaignCase> cases = jdbc.query("""
                SELECT l.case_number, l.title, l.responsible_unit, l.status, l.due_date, l.closed_at, l.false_closure,
                       w.overdue
                FROM campaign_case t JOIN supervision_campaign c ON c.id = t.campaign_id
                JOIN case_ledger l ON l.case_number = t.case_number
                LEFT JOIN case_watch w ON w.process_instance_id = l.process_instance_id AND w.closed_at IS NULL
                WHERE c.campaign_number = ? ORDER BY l.case_number""",
                (rs, n) -> new CampaignCase(rs.getString("case_number"), rs.getString("title"),
                        units.getOrDefault(rs.getString("responsible_unit"), rs.getString("responsible_unit")),
                        LedgerRow.STATUS_NAMES.getOrDefault(rs.getString("status"), rs.getString("status")),
                        rs.getDate("due_date") == null ? null : rs.getDate("due_date").toString(),
                        time(rs.getTimestamp("closed_at")), rs.getTimestamp("closed_at") == null && rs.getBoolean("overdue"),
                        rs.getBoolean("false_closure")),
                number);
        List<Instruction> instructions = jdbc.query("""
                SELECT i.given_by, i.given_at, i.instruction FROM campaign_instruction i
                JOIN supervision_campaign c ON c.id = i.campaign_id WHERE c.campaign_number = ? ORDER BY i.given_at""",
                (rs, n) -> new Instruction(rs.getString(1), people.getOrDefault(rs.getString(1), rs.getString(1)),
                        time(rs.getTimestamp(2)), rs.getString(3)), number);
        return jdbc.query("SELECT * FROM supervision_campaign WHERE campaign_number = ?",
                (rs, n) -> campaign(rs, units, people, cases, instructions), number).stream().findFirst();
    }

    private Campaign campaign(ResultSet rs, Map<String, String> units, Map<String, String> people,
            List<CampaignCase> cases, List<Instruction> instructions) throws SQLException {
        String category = rs.getString("category");
        String place = rs.getString("place");
        int closed = (int) cases.stream().filter(c -> c.closedAt() != null).count();
        int overdue = (int) cases.stream().filter(CampaignCase::overdue).count();
        return new Campaign(rs.getString("campaign_number"), rs.getString("title"), category,
                category == null ? null : Labelled.labelOf(Category.class, category), place,
                place == null ? null : units.getOrDefault(place, place), rs.getDate("period_from").toString(),
                rs.getDate("period_to").toString(), rs.getString("opened_by"),
                people.getOrDefault(rs.getString("opened_by"), rs.getString("opened_by")),
                time(rs.getTimestamp("opened_at")), time(rs.getTimestamp("closed_at")), rs.getString("report"),
                cases.size(), closed, overdue, cases, instructions);
    }

    /** A leader's 批示 on the campaign; false when there is no such campaign or it is closed. */
    public boolean instruct(String number, String leader, String instruction) {
        return jdbc.update("""
                INSERT INTO campaign_instruction (campaign_id, given_by, given_at, instruction)
                SELECT id, ?, ?, ? FROM supervision_campaign WHERE campaign_number = ? AND closed_at IS NULL""",
                leader, new Timestamp(ClockUtil.getCurrentTime().getTime()), instruction, number) > 0;
    }

    private String time(Timestamp at) {
        return at == null ? null : InspectionTimes.minutes(at, calendar);
    }
}
