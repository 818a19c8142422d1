package cn.grassroots.cases.citizen;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseReopening;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.handling.Outcome;
import cn.grassroots.cases.organization.Directory;

/** Reads a case for its reporter from the ledger, the extensions and the unit's reply; see {@link PublicCase}. */
@Component
class PublicCases {

    private static final Map<String, String[]> STAGES = Map.of(
            "TO_SORT", new String[] {"ACCEPTED", "已受理"},
            "SIGN_OFF", new String[] {"ASSIGNED", "已交办"},
            "RESOLVING", new String[] {"HANDLING", "办理中"},
            "PAUSED", new String[] {"HANDLING", "办理中（中止计时）"},
            "REVIEW", new String[] {"HANDLING", "办理中"},
            "CALLBACK", new String[] {"HANDLING", "办理中"},
            "CLOSED", new String[] {"CLOSED", "已办结"});

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final CaseReopening cases;

    PublicCases(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar, CaseReopening cases) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.cases = cases;
    }

    Optional<PublicCase> find(String caseNumber) {
        // 并单: the reporter of a merged case follows the case it was merged into
        List<String> master = jdbc.queryForList("SELECT merged_into FROM case_ledger WHERE case_number = ?"
                + " AND merged_into IS NOT NULL", String.class, caseNumber);
        if (!master.isEmpty()) {
            return view(master.get(0)).map(found -> new PublicCase(found.caseNumber(), found.status(),
                    found.statusName(), found.registeredOn(), found.title(), found.unitName(), found.deadline(),
                    found.extensions(), found.closedOn(), found.outcomeName(), found.reply(), found.accusation(),
                    "您反映的问题（" + caseNumber + "）与同一事项合并办理，以下为合并后问题的办理进度。"));
        }
        return view(caseNumber);
    }

    private Optional<PublicCase> view(String caseNumber) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT case_number, title, status, responsible_unit, due_date, accusation, registered_at, closed_at,
                       outcome FROM case_ledger WHERE case_number = ?""", caseNumber);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        boolean accusation = Boolean.TRUE.equals(row.get("accusation"));
        String[] stage = STAGES.getOrDefault((String) row.get("status"), STAGES.get("TO_SORT"));
        boolean closed = "CLOSED".equals(stage[0]);
        String unit = (String) row.get("responsible_unit");
        List<PublicCase.Extension> extensions = jdbc.query("""
                SELECT approved_at, days, reason, due_date FROM case_extension WHERE case_number = ? ORDER BY id""",
                (rs, n) -> new PublicCase.Extension(day(rs.getTimestamp(1)), rs.getInt(2), rs.getString(3),
                        rs.getDate(4).toString()), caseNumber);
        String outcome = (String) row.get("outcome");
        if (accusation) {
            return Optional.of(new PublicCase(caseNumber, stage[0], stage[1], day((Timestamp) row.get("registered_at")),
                    null, null, closed ? null : date(row.get("due_date")), List.of(), day((Timestamp) row.get("closed_at")),
                    outcome == null ? null : Labelled.labelOf(Outcome.class, outcome), null, true,
                    "检举控告件依法保护举报人并对办理情况保密，办理结果将按规定告知。"));
        }
        return Optional.of(new PublicCase(caseNumber, stage[0], stage[1], day((Timestamp) row.get("registered_at")),
                (String) row.get("title"), unit == null ? null : directory.nameOf(unit), date(row.get("due_date")),
                extensions, day((Timestamp) row.get("closed_at")),
                outcome == null ? null : Labelled.labelOf(Outcome.class, outcome),
                closed ? cases.resolutionOf(caseNumber) : null, false, null));
    }

    private String day(Timestamp at) {
        return at == null ? null : calendar.dayOf(at).toString();
    }

    private static String date(Object value) {
        return value == null ? null : value.toString();
    }
}
