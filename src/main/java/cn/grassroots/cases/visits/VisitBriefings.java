package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.organization.Directory;

/**
 * 带着问题下基层: what a cadre should know of a place before going there. The place's open cases (a town with its
 * villages), overdue ones first; the cases closed there in the last months with the reporters' satisfaction; the
 * earlier visits to the place and how many of their issues are still open. Read from the case ledger and the visit
 * register; given to the cadre in the visit's task form (as text, compiled when the visit is planned) and, current,
 * at {@code GET /api/visits/{n}/briefing}.
 */
@Component("visitBriefings")
public class VisitBriefings {

    /** One case of the place. */
    public record PlaceCase(String caseNumber, String title, String unit, String dueDate, boolean overdue,
            int escalationLevel, String satisfaction, String closedAt) {
    }

    /** An earlier visit to the place. */
    public record EarlierVisit(String visitNumber, String date, String cadre, String type, String theme,
            int issues, int openIssues) {
    }

    /** The briefing of a visit's place. */
    public record Briefing(String visitNumber, String place, String placeName, String compiledOn,
            List<PlaceCase> openCases, List<PlaceCase> closedCases, List<EarlierVisit> earlierVisits) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final VisitProperties properties;

    VisitBriefings(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar, VisitProperties properties) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Compiled when the visit is planned: the text of the cadre's task form. */
    public void compile(DelegateExecution execution) {
        execution.setVariable(BRIEFING_TEXT, text(briefing((String) execution.getVariable(VISIT_NUMBER),
                (String) execution.getVariable(PLACE))));
    }

    Briefing briefing(String visitNumber, String place) {
        MapSqlParameterSource where = new MapSqlParameterSource("places", directory.placeWithin(place))
                .addValue("since", Timestamp.valueOf(calendar.today().minusMonths(properties.briefingMonths())
                        .atStartOfDay()))
                .addValue("visit", visitNumber);
        List<PlaceCase> open = jdbc.query("""
                SELECT l.case_number, l.title, l.responsible_unit, l.due_date, w.overdue, w.escalation_level
                FROM case_ledger l LEFT JOIN case_watch w ON w.process_instance_id = l.process_instance_id
                WHERE l.place IN (:places) AND l.closed_at IS NULL
                ORDER BY CASE WHEN w.overdue = TRUE THEN 0 ELSE 1 END, w.escalation_level DESC, l.due_date,
                         l.case_number""", where,
                (rs, n) -> new PlaceCase(rs.getString("case_number"), rs.getString("title"),
                        unitName(rs.getString("responsible_unit")), string(rs.getDate("due_date")),
                        rs.getBoolean("overdue"), rs.getInt("escalation_level"), null, null));
        List<PlaceCase> closed = jdbc.query("""
                SELECT case_number, title, responsible_unit, satisfaction, closed_at FROM case_ledger
                WHERE place IN (:places) AND closed_at >= :since ORDER BY closed_at DESC, case_number""", where,
                (rs, n) -> new PlaceCase(rs.getString("case_number"), rs.getString("title"),
                        unitName(rs.getString("responsible_unit")), null, false, 0, rs.getString("satisfaction"),
                        rs.getTimestamp("closed_at").toLocalDateTime().toLocalDate().toString()));
        List<EarlierVisit> earlier = jdbc.query("""
                SELECT v.visit_number, COALESCE(v.actual_date, v.planned_date) AS visit_date, p.name AS cadre_name,
                       v.visit_type, v.theme,
                       (SELECT COUNT(*) FROM case_ledger l WHERE l.visit_number = v.visit_number) AS issues,
                       (SELECT COUNT(*) FROM case_ledger l WHERE l.visit_number = v.visit_number
                          AND l.closed_at IS NULL) AS open_issues
                FROM visit_register v LEFT JOIN org_person p ON p.person_id = v.cadre
                WHERE v.place IN (:places) AND v.visit_number <> :visit AND v.actual_date IS NOT NULL
                  AND v.actual_date >= :since
                ORDER BY v.actual_date DESC, v.visit_number""", where,
                (rs, n) -> new EarlierVisit(rs.getString("visit_number"), string(rs.getDate("visit_date")),
                        rs.getString("cadre_name"), VisitTypes.label(rs.getString("visit_type")), rs.getString("theme"),
                        rs.getInt("issues"), rs.getInt("open_issues")));
        return new Briefing(visitNumber, place, directory.nameOf(place), calendar.today().toString(), open, closed,
                earlier);
    }

    /** At most this many of each list go into the task form's text; the API's briefing has them all. */
    static final int OPEN_LISTED = 15;
    static final int CLOSED_LISTED = 10;
    static final int VISITS_LISTED = 5;
    /** The engine keeps a text variable in at most 4000 characters. */
    static final int MAX_TEXT = 3900;

    static String text(Briefing briefing) {
        StringBuilder text = new StringBuilder("【" + briefing.placeName() + "】带着问题下基层（" + briefing.compiledOn()
                + "汇编）\n\n一、未办结的问题（" + briefing.openCases().size() + "件，逾期的在前）\n");
        int i = 0;
        for (PlaceCase open : briefing.openCases().subList(0, Math.min(OPEN_LISTED, briefing.openCases().size()))) {
            text.append(++i).append(". ").append(open.caseNumber()).append(" ").append(open.title()).append("｜")
                    .append(open.unit() == null ? "待分办" : open.unit())
                    .append(open.dueDate() == null ? "" : "｜期限 " + open.dueDate())
                    .append(open.overdue() ? "｜已逾期" : "").append('\n');
        }
        more(text, i, briefing.openCases().size(), "件");
        text.append("\n二、近期已办结的问题（").append(briefing.closedCases().size()).append("件）\n");
        i = 0;
        for (PlaceCase closed : briefing.closedCases().subList(0,
                Math.min(CLOSED_LISTED, briefing.closedCases().size()))) {
            text.append(++i).append(". ").append(closed.caseNumber()).append(" ").append(closed.title()).append("｜")
                    .append(closed.closedAt()).append(" 办结｜").append(satisfaction(closed.satisfaction()))
                    .append('\n');
        }
        more(text, i, briefing.closedCases().size(), "件");
        text.append("\n三、以往下基层活动（").append(briefing.earlierVisits().size()).append("次）\n");
        i = 0;
        for (EarlierVisit visit : briefing.earlierVisits().subList(0,
                Math.min(VISITS_LISTED, briefing.earlierVisits().size()))) {
            text.append(++i).append(". ").append(visit.visitNumber()).append(" ").append(visit.date()).append(" ")
                    .append(visit.cadre()).append(" ").append(visit.type()).append("「").append(visit.theme())
                    .append("」｜收集问题").append(visit.issues()).append("件，未办结").append(visit.openIssues())
                    .append("件\n");
        }
        more(text, i, briefing.earlierVisits().size(), "次");
        if (text.length() > MAX_TEXT) {
            String cut = "……（内容较多，完整汇编见问题清单）\n";
            text.setLength(MAX_TEXT - cut.length());
            text.append(cut);
        }
        return text.toString();
    }

    /** "（无）" for an empty list, or how many more the full briefing (the 台账 and the API) has. */
    private static void more(StringBuilder text, int listed, int all, String counted) {
        if (all == 0) {
            text.append("（无）\n");
        } else if (all > listed) {
            text.append("……另有").append(all - listed).append(counted).append("，完整清单见问题清单\n");
        }
    }

    private String unitName(String unit) {
        return unit == null ? null : directory.nameOf(unit);
    }

    private static String satisfaction(String rating) {
        if (rating == null) {
            return "未评价";
        }
        return switch (rating) {
            case "SATISFIED" -> "满意";
            case "BASICALLY_SATISFIED" -> "基本满意";
            case "DISSATISFIED" -> "不满意";
            default -> rating;
        };
    }

    private static String string(java.sql.Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }
}
