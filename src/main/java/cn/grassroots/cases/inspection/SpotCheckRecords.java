package cn.grassroots.cases.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.inspection.SpotCheckDraw.Candidate;
import cn.grassroots.cases.organization.Directory;

/** The spot checks as kept: the draw (seed, population, sample) and each 回头看 finding. */
@Component
public class SpotCheckRecords {

    /**
     * A check. {@code drawVerified}: drawing again from the stored seed and population gives the stored sample.
     */
    public record SpotCheck(String checkNumber, String startedHow, String startedHowName, String periodFrom,
            String periodTo, int sharePercent, int minimumPerUnit, long seed, int population, String startedBy,
            String startedByName, String drawnAt, String endedAt, String findings, boolean drawVerified,
            List<SampledCase> sample) {
    }

    /** A sampled case; {@code verdictName} 待回头看, 确已解决 or 未真正解决. */
    public record SampledCase(String caseNumber, String unit, String unitName, String verdict, String verdictName,
            String method, String methodName, String note, String checkedBy, String checkedByName, String checkedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final WorkingCalendar calendar;

    SpotCheckRecords(JdbcTemplate jdbc, Directory directory, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
    }

    public List<SpotCheck> list() {
        return jdbc.queryForList("SELECT check_number FROM spot_check ORDER BY drawn_at DESC, id DESC", String.class)
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<SpotCheck> find(String number) {
        Map<String, String> units = directory.unitNames();
        Map<String, String> people = directory.personNames();
        List<SampledCase> sample = jdbc.query("""
                SELECT c.* FROM spot_check_case c JOIN spot_check s ON s.id = c.check_id
                WHERE s.check_number = ? ORDER BY c.case_number""", (rs, n) -> {
            String verdict = rs.getString("verdict");
            String method = rs.getString("method");
            String by = rs.getString("checked_by");
            return new SampledCase(rs.getString("case_number"), rs.getString("unit"),
                    units.getOrDefault(rs.getString("unit"), rs.getString("unit")), verdict,
                    verdict == null ? "待回头看" : "SOLVED".equals(verdict) ? "确已解决" : "未真正解决",
                    method, method == null ? null : LookBackMethod.valueOf(method).label(), rs.getString("note"),
                    by, by == null ? null : people.getOrDefault(by, by),
                    InspectionTimes.minutes(rs.getTimestamp("checked_at"), calendar));
        }, number);
        return jdbc.query("SELECT * FROM spot_check WHERE check_number = ?", (rs, n) -> {
            long seed = rs.getLong("seed");
            List<Candidate> population = population(rs.getString("population_cases"));
            List<String> redrawn = SpotCheckDraw.sample(seed, population, rs.getInt("share_percent"),
                    rs.getInt("minimum_per_unit")).stream().map(Candidate::caseNumber).toList();
            String by = rs.getString("started_by");
            return new SpotCheck(rs.getString("check_number"), rs.getString("started_how"),
                    "RANDOM".equals(rs.getString("started_how")) ? "系统随机发起" : "督查室发起",
                    rs.getDate("period_from").toString(), rs.getDate("period_to").toString(),
                    rs.getInt("share_percent"), rs.getInt("minimum_per_unit"), seed, rs.getInt("population"), by,
                    by == null ? null : people.getOrDefault(by, by),
                    InspectionTimes.minutes(rs.getTimestamp("drawn_at"), calendar),
                    InspectionTimes.minutes(rs.getTimestamp("ended_at"), calendar), rs.getString("findings"),
                    redrawn.equals(sample.stream().map(SampledCase::caseNumber).toList()), sample);
        }, number).stream().findFirst();
    }

    static List<Candidate> population(String stored) {
        List<Candidate> population = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(",")) {
                int colon = pair.indexOf(':');
                population.add(new Candidate(pair.substring(0, colon), pair.substring(colon + 1)));
            }
        }
        return population;
    }
}
