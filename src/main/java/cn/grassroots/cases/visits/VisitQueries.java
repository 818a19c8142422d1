package cn.grassroots.cases.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Organization.CadreRank;
import cn.grassroots.cases.visits.GrassrootsVisitProcess.Stage;

/**
 * Reads visits from the register for the API, each as far as the person may see it ({@link VisitAccess}): a visit
 * nobody may see is not there at all.
 */
@Service
class VisitQueries {

    /** The filters of {@code GET /api/visits}; null means any. */
    record Filter(String cadre, String place, String type, LocalDate from, LocalDate to, String status) {
    }

    private static final Map<String, String> STATUS_NAMES = Map.of(
            "PLANNED", "已计划", "DUE_TODAY", "今日开展", "OVERDUE", "逾期未开展", "AWAITING_REPORT", "待报送纪要",
            "REPORT_OVERDUE", "纪要逾期", "FOLLOWING_RESULTS", "跟踪问题办理", "CLOSED", "已办结");

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final VisitAccess access;

    VisitQueries(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar, VisitAccess access) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.access = access;
    }

    List<VisitSummary> list(Filter filter, Authentication person) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        condition(sql, arguments, " AND v.cadre = ?", filter.cadre());
        if (filter.place() != null) {
            List<String> places = directory.placeWithin(filter.place());
            sql.append(" AND v.place IN (").append(String.join(",", places.stream().map(p -> "?").toList()))
                    .append(")");
            arguments.addAll(places.isEmpty() ? List.of(filter.place()) : places);
            if (places.isEmpty()) {
                sql.append(" AND 1 = 0");
            }
        }
        condition(sql, arguments, " AND v.visit_type = ?", filter.type());
        condition(sql, arguments, " AND COALESCE(v.actual_date, v.planned_date) >= ?", sqlDate(filter.from()));
        condition(sql, arguments, " AND COALESCE(v.actual_date, v.planned_date) <= ?", sqlDate(filter.to()));
        sql.append(" ORDER BY COALESCE(v.actual_date, v.planned_date) DESC, v.visit_number DESC");
        return jdbc.query(sql.toString(), this::summary, arguments.toArray()).stream()
                .filter(visit -> access.maySee(visit, person))
                .filter(visit -> filter.status() == null || filter.status().equals(visit.status()))
                .toList();
    }

    Optional<VisitSummary> find(String visitNumber, Authentication person) {
        return jdbc.query(SELECT + " WHERE v.visit_number = ?", this::summary, visitNumber).stream()
                .filter(visit -> access.maySee(visit, person)).findFirst();
    }

    /**
     * The visits whose issues the person may register now (the rules of registration: begun, still open, his own
     * unless he works in an office), his own first, then the latest first; at most {@code limit}.
     */
    List<VisitSummary> openForRegistration(Authentication person, Set<String> offices, int limit) {
        if (person == null) {
            return List.of();
        }
        boolean office = person.getGroupIds() != null && person.getGroupIds().stream().anyMatch(offices::contains);
        String sql = SELECT + " WHERE v.closed_at IS NULL AND v.planned_date <= ?" + (office ? "" : " AND v.cadre = ?")
                + " ORDER BY CASE WHEN v.cadre = ? THEN 0 ELSE 1 END, COALESCE(v.actual_date, v.planned_date) DESC,"
                + " v.visit_number DESC";
        java.sql.Date today = sqlDate(calendar.today());
        Object[] arguments = office ? new Object[] {today, person.getUserId()}
                : new Object[] {today, person.getUserId(), person.getUserId()};
        return jdbc.query(sql, this::summary, arguments).stream()
                .filter(visit -> access.maySee(visit, person)).limit(limit).toList();
    }

    List<VisitDetail.Issue> issues(String visitNumber) {
        return jdbc.query("""
                SELECT case_number, title, closed_at, outcome, satisfaction, responsible_unit, resolved_on_spot
                FROM case_ledger WHERE visit_number = ? ORDER BY case_number""",
                (rs, n) -> new VisitDetail.Issue(rs.getString("case_number"), rs.getString("title"),
                        rs.getTimestamp("closed_at") == null ? "open" : "closed", rs.getString("outcome"),
                        rs.getString("satisfaction"), rs.getString("responsible_unit"),
                        rs.getString("responsible_unit") == null ? null : directory.nameOf(rs.getString("responsible_unit")),
                        rs.getBoolean("resolved_on_spot")), visitNumber);
    }

    private static final String SELECT = """
            SELECT v.*, p.name AS cadre_name,
                   (SELECT COUNT(*) FROM case_ledger l WHERE l.visit_number = v.visit_number) AS raised_now,
                   (SELECT COUNT(*) FROM case_ledger l WHERE l.visit_number = v.visit_number
                      AND l.closed_at IS NULL) AS open_now
            FROM visit_register v LEFT JOIN org_person p ON p.person_id = v.cadre""";

    private VisitSummary summary(ResultSet rs, int row) throws SQLException {
        String status = status(Stage.valueOf(rs.getString("stage")), rs.getDate("planned_date").toLocalDate(),
                rs.getDate("report_due") == null ? null : rs.getDate("report_due").toLocalDate());
        List<String> units = rs.getString("accompanying_units") == null || rs.getString("accompanying_units").isBlank()
                ? List.of() : Arrays.asList(rs.getString("accompanying_units").split(","));
        boolean closed = rs.getTimestamp("closed_at") != null;
        return new VisitSummary(rs.getString("visit_number"), rs.getString("process_instance_id"),
                rs.getString("cadre"), rs.getString("cadre_name"), CadreRank.valueOf(rs.getString("cadre_rank")).label(),
                rs.getString("visit_type"), VisitTypes.label(rs.getString("visit_type")),
                rs.getDate("planned_date").toLocalDate().toString(),
                rs.getDate("actual_date") == null ? null : rs.getDate("actual_date").toLocalDate().toString(),
                rs.getString("place"), directory.nameOf(rs.getString("place")), rs.getString("theme"), units,
                units.stream().map(directory::nameOf).toList(), rs.getBoolean("unannounced"), status,
                STATUS_NAMES.get(status),
                rs.getDate("report_due") == null ? null : rs.getDate("report_due").toLocalDate().toString(),
                (Integer) rs.getObject("people_met", Integer.class), rs.getInt("raised_now"), rs.getInt("open_now"),
                closed ? new VisitSummary.Results(rs.getInt("solved_on_spot"), rs.getInt("resolved"),
                        rs.getInt("closed_unresolved"), rs.getInt("satisfied"), rs.getInt("basically_satisfied"),
                        rs.getInt("dissatisfied")) : null);
    }

    private String status(Stage stage, LocalDate planned, LocalDate reportDue) {
        LocalDate today = calendar.today();
        return switch (stage) {
            case PLANNED -> planned.isAfter(today) ? "PLANNED" : planned.isEqual(today) ? "DUE_TODAY" : "OVERDUE";
            case AWAITING_REPORT -> reportDue != null && reportDue.isBefore(today) ? "REPORT_OVERDUE" : "AWAITING_REPORT";
            case FOLLOWING_RESULTS -> "FOLLOWING_RESULTS";
            case CLOSED -> "CLOSED";
        };
    }

    private static void condition(StringBuilder sql, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            arguments.add(value);
        }
    }

    private static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}
