package cn.grassroots.cases.inspection;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.organization.Directory;

/** The published supervision notices (督查通报) and how the units they name answered. */
@Component
public class Notices {

    /** A published notice, newest first in lists. */
    public record Notice(String noticeNumber, String title, String periodFrom, String periodTo, String content,
            String publishedBy, String publishedByName, String publishedAt, List<NamedUnit> units) {
    }

    /**
     * A unit named in a notice and its 整改反馈: {@code status} 待反馈, 已反馈, 逾期未反馈 or 逾期后反馈.
     */
    public record NamedUnit(String unit, String unitName, String feedbackDue, String feedbackAt, String feedbackBy,
            String feedback, boolean late, String status) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;

    Notices(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    public List<Notice> list() {
        Map<String, String> units = directory.unitNames();
        Map<String, String> people = directory.personNames();
        return jdbc.query("SELECT * FROM supervision_notice ORDER BY published_at DESC, id DESC",
                (rs, n) -> new Notice(rs.getString("notice_number"), rs.getString("title"),
                        rs.getDate("period_from").toString(), rs.getDate("period_to").toString(),
                        rs.getString("content"), rs.getString("published_by"),
                        people.getOrDefault(rs.getString("published_by"), rs.getString("published_by")),
                        InspectionTimes.minutes(rs.getTimestamp("published_at"), calendar),
                        namedUnits(rs.getLong("id"), units, people)));
    }

    private List<NamedUnit> namedUnits(long noticeId, Map<String, String> units, Map<String, String> people) {
        LocalDate today = calendar.today();
        return jdbc.query("SELECT * FROM supervision_notice_unit WHERE notice_id = ? ORDER BY unit", (rs, n) -> {
            Timestamp at = rs.getTimestamp("feedback_at");
            LocalDate due = rs.getDate("feedback_due").toLocalDate();
            boolean late = rs.getBoolean("late");
            String status = at != null ? (late ? "逾期后反馈" : "已反馈") : (late || today.isAfter(due) ? "逾期未反馈" : "待反馈");
            String by = rs.getString("feedback_by");
            return new NamedUnit(rs.getString("unit"), units.getOrDefault(rs.getString("unit"), rs.getString("unit")),
                    due.toString(), InspectionTimes.minutes(at, calendar), by == null ? null : people.getOrDefault(by, by),
                    rs.getString("feedback"), late, status);
        }, noticeId);
    }
}
