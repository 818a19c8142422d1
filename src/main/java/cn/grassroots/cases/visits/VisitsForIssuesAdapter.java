package cn.grassroots.cases.visits;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.intake.VisitsForIssues;
import cn.grassroots.cases.visits.GrassrootsVisitProcess.Stage;

/** Registration asks the visit register about the visit an issue was raised on. */
@Component
class VisitsForIssuesAdapter implements VisitsForIssues {

    private final JdbcTemplate jdbc;

    VisitsForIssuesAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Visit> find(String visitNumber) {
        return jdbc.query("""
                SELECT visit_number, cadre, visit_type, place, planned_date, stage FROM visit_register
                WHERE visit_number = ?""",
                (rs, n) -> new Visit(rs.getString("visit_number"), rs.getString("cadre"), rs.getString("visit_type"),
                        rs.getString("place"), rs.getDate("planned_date").toLocalDate(),
                        !Stage.CLOSED.name().equals(rs.getString("stage"))), visitNumber).stream().findFirst();
    }
}
