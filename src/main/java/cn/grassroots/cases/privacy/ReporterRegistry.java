package cn.grassroots.cases.privacy;

import java.sql.Timestamp;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.CaseReopened;

/** The reporters' real identities, kept apart from the process (see ADR 0003). */
@Component
public class ReporterRegistry {

    /** A reporter as registered. */
    public record Reporter(String processInstanceId, String caseNumber, String name, String phone,
            boolean accusation) {
    }

    private final JdbcTemplate jdbc;

    ReporterRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called in the registration's transaction. */
    public void record(String processInstanceId, String caseNumber, String name, String phone, boolean accusation) {
        jdbc.update("""
                INSERT INTO reporter_identity (process_instance_id, case_number, reporter_name, reporter_phone,
                                               accusation)
                VALUES (?, ?, ?, ?, ?)""", processInstanceId, caseNumber, name, phone, accusation);
    }

    /** A reopened case (回头看未通过) runs in a new process instance: its reporter goes with it. */
    @EventListener
    void reopened(CaseReopened reopened) {
        jdbc.update("UPDATE reporter_identity SET process_instance_id = ? WHERE case_number = ?",
                reopened.processInstanceId(), reopened.caseNumber());
    }

    Optional<Reporter> find(String caseNumber) {
        return jdbc.query("""
                SELECT process_instance_id, case_number, reporter_name, reporter_phone, accusation
                FROM reporter_identity WHERE case_number = ?""",
                (rs, n) -> new Reporter(rs.getString("process_instance_id"), rs.getString("case_number"),
                        rs.getString("reporter_name"), rs.getString("reporter_phone"), rs.getBoolean("accusation")),
                caseNumber).stream().findFirst();
    }

    void disclosed(Reporter reporter, String userId) {
        jdbc.update("INSERT INTO reporter_disclosure (process_instance_id, user_id, disclosed_at) VALUES (?, ?, ?)",
                reporter.processInstanceId(), userId, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }
}
