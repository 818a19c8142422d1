package cn.grassroots.cases.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.InvalidRequestException;

/**
 * Publishing an assessment: the supervision office freezes a period's units' and cadres' figures with the policy used,
 * who and when. Publishing the same period again keeps every earlier version and needs a reason.
 */
@Service
public class Publications {

    /** A published version, as listed. */
    public record Publication(long id, String from, String to, int version, String publishedBy,
            String publishedByName, String publishedAt, String reason, boolean current) {
    }

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final Assessments assessments;
    private final CadreAssessments cadres;
    private final ObjectMapper json;
    private final Directory directory;
    private final WorkingCalendar calendar;

    Publications(JdbcTemplate jdbc, Assessments assessments, CadreAssessments cadres, ObjectMapper json,
            Directory directory, WorkingCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.cadres = cadres;
        this.json = json;
        this.directory = directory;
    }

    @Transactional
    public Publication publish(Period period, String reason, String publishedBy) {
        Integer latest = jdbc.queryForObject("""
                SELECT MAX(version) FROM assessment_publication WHERE period_from = ? AND period_to = ?""",
                Integer.class, Date.valueOf(period.from()), Date.valueOf(period.to()));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (latest != null && why == null) {
            throw new InvalidRequestException("发布有误", "reason", FieldProblem.of(FieldProblem.Code.REQUIRED,
                    "不能为空：该期间已发布过（第 " + latest + " 版），重新发布须说明原因"));
        }
        if (why != null && why.length() > 500) {
            throw new InvalidRequestException("发布有误", "reason", FieldProblem.tooLong(500));
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("assessment", assessments.assess(period.from(), period.to()));
        content.put("cadres", cadres.assess(period.from(), period.to()));
        int version = latest == null ? 1 : latest + 1;
        jdbc.update("""
                INSERT INTO assessment_publication (period_from, period_to, version, published_by, published_at,
                                                    reason, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Date.valueOf(period.from()), Date.valueOf(period.to()), version,
                publishedBy, new Timestamp(ClockUtil.getCurrentTime().getTime()), why, write(content));
        return list().stream().filter(publication -> publication.from().equals(period.from().toString())
                && publication.to().equals(period.to().toString()) && publication.version() == version)
                .findFirst().orElseThrow();
    }

    public List<Publication> list() {
        Map<String, String> people = directory.personNames();
        return jdbc.query("""
                SELECT p.id, p.period_from, p.period_to, p.version, p.published_by, p.published_at, p.reason,
                       (SELECT MAX(q.version) FROM assessment_publication q
                        WHERE q.period_from = p.period_from AND q.period_to = p.period_to) AS latest
                FROM assessment_publication p ORDER BY p.period_from DESC, p.period_to DESC, p.version DESC""",
                (rs, n) -> new Publication(rs.getLong("id"), rs.getDate("period_from").toLocalDate().toString(),
                        rs.getDate("period_to").toLocalDate().toString(), rs.getInt("version"),
                        rs.getString("published_by"), people.getOrDefault(rs.getString("published_by"),
                                rs.getString("published_by")),
                        MINUTES.format(rs.getTimestamp("published_at").toInstant().atZone(calendar.zone())),
                        rs.getString("reason"), rs.getInt("version") == rs.getInt("latest")));
    }

    /** The frozen assessment: the publication's facts, the units' figures and the cadres', as published. */
    public Optional<JsonNode> find(long id) {
        return list().stream().filter(publication -> publication.id() == id).findFirst().map(publication -> {
            String content = jdbc.queryForObject("SELECT content FROM assessment_publication WHERE id = ?",
                    String.class, id);
            ObjectNode frozen = json.valueToTree(publication);
            try {
                JsonNode published = json.readTree(content);
                frozen.setAll((ObjectNode) published.path("assessment"));
                frozen.set("cadres", published.path("cadres"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("publication " + id + " cannot be read", e);
            }
            return frozen;
        });
    }

    private String write(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
