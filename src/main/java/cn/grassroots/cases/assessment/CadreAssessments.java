package cn.grassroots.cases.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.organization.Directory;

/**
 * The cadres' table of the assessment, from the visits' register, the ledger (issues raised on their visits) and the
 * monthly quota checks ({@code quota_review}) of the period.
 */
@Service
public class CadreAssessments {

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;
    private final AssessmentProperties policy;

    CadreAssessments(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar, AssessmentProperties policy) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.policy = policy;
    }

    public List<CadreFigures> assess(LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> visits = new HashMap<>();
        Map<String, Long> petitionDays = new HashMap<>();
        jdbc.query("""
                SELECT cadre, visit_type, COUNT(*) AS visits, COUNT(DISTINCT actual_date) AS days FROM visit_register
                WHERE actual_date >= ? AND actual_date <= ? GROUP BY cadre, visit_type""", (ResultSet rs) -> {
                    visits.computeIfAbsent(rs.getString("cadre"), cadre -> new LinkedHashMap<>())
                            .put(rs.getString("visit_type"), rs.getLong("visits"));
                    if (Channel.PETITION.name().equals(rs.getString("visit_type"))) {
                        petitionDays.put(rs.getString("cadre"), rs.getLong("days"));
                    }
                }, Date.valueOf(from), Date.valueOf(to));
        Map<String, long[]> issues = new HashMap<>();
        jdbc.query("""
                SELECT cadre, COUNT(*) AS raised,
                       SUM(CASE WHEN resolved_on_spot = TRUE THEN 1 ELSE 0 END) AS on_spot,
                       SUM(CASE WHEN outcome IN ('RESOLVED', 'RESOLVED_ON_SPOT') THEN 1 ELSE 0 END) AS resolved,
                       SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS rated,
                       SUM(CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS satisfied,
                       SUM(CASE WHEN satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END) AS basically
                FROM case_ledger WHERE cadre IS NOT NULL AND merged_into IS NULL AND registered_at >= ? AND registered_at < ?
                GROUP BY cadre""", (ResultSet rs) -> {
                    issues.put(rs.getString("cadre"), new long[] {rs.getLong("raised"), rs.getLong("on_spot"),
                        rs.getLong("resolved"), rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("basically")});
                }, startOf(from), startOf(to.plusDays(1)));
        Map<String, Long> owed = new HashMap<>();
        Map<String, List<String>> shortfalls = new HashMap<>();
        jdbc.query("""
                SELECT cadre, period_start, period_end, required, behind, shortfall FROM quota_review
                WHERE period_start >= ? AND period_end <= ? ORDER BY period_start""", (ResultSet rs) -> {
                    owed.merge(rs.getString("cadre"), rs.getLong("required"), Long::sum);
                    if (rs.getBoolean("behind")) {
                        shortfalls.computeIfAbsent(rs.getString("cadre"), cadre -> new ArrayList<>())
                                .add(rs.getDate("period_start").toLocalDate() + " 至 " + rs.getDate("period_end")
                                        .toLocalDate() + "：" + rs.getString("shortfall"));
                    }
                }, Date.valueOf(from), Date.valueOf(to));
        List<CadreFigures> figures = new ArrayList<>();
        for (Directory.Cadre cadre : directory.cadres()) {
            Map<String, Long> byType = new LinkedHashMap<>();
            for (Channel type : Channel.values()) {
                byType.put(type.name(), visits.getOrDefault(cadre.id(), Map.of()).getOrDefault(type.name(), 0L));
            }
            long[] raised = issues.getOrDefault(cadre.id(), new long[6]);
            Double satisfaction = raised[3] == 0 ? null : (raised[4] * policy.satisfiedWeight()
                    + raised[5] * policy.basicallySatisfiedWeight()) / raised[3];
            List<String> behind = shortfalls.getOrDefault(cadre.id(), List.of());
            figures.add(new CadreFigures(cadre.id(), cadre.name(), cadre.rank().name(), cadre.rank().label(),
                    byType.values().stream().mapToLong(Long::longValue).sum(), byType,
                    petitionDays.getOrDefault(cadre.id(), 0L), owed.getOrDefault(cadre.id(), 0L), raised[0], raised[1],
                    raised[2], raised[3], raised[4], raised[5], satisfaction, !behind.isEmpty(), behind));
        }
        return figures;
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(calendar.zone()).toInstant());
    }
}
