package cn.grassroots.cases.ledger;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 13: fills the ledger for the cases that were registered before the ledger kept their steps (before
 * migrations 10 and 12), from the engine's history, once: a row for every case without one, and the step columns of
 * the rows migration 10 began; the handovers of each case from its 签收 tasks. Later steps are written by the process
 * itself. On a new database (no engine tables yet) there is nothing to fill.
 */
@Component
class CaseLedgerBackfill implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(CaseLedgerBackfill.class);
    private static final String PROCESS = "IssueHandlingProcess";
    /** The user tasks that say which status an open case is in. */
    private static final Map<String, String> STATUS_OF_TASK = Map.of("Task_SortIssue", "TO_SORT",
            "Task_AcceptIssue", "SIGN_OFF", "Task_ResolveIssue", "RESOLVING", "Task_ApproveExtension", "RESOLVING",
            "Task_ApprovePause", "RESOLVING", "Task_ResumeClock", "PAUSED",
            "Task_ReviewResolution", "REVIEW", "Task_Callback", "CALLBACK", "Task_ExplainUnresolved", "CALLBACK");

    private final ZoneId zone;

    CaseLedgerBackfill(@Value("${grassroots.calendar.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "back-fill the case ledger from the engine history";
    }

    @Override
    public Integer getChecksum() {
        return 13;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!hasTable(connection.getMetaData(), "act_hi_procinst")) {
            return;
        }
        int filled = backfill(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
        LOG.info("Case ledger back-filled from the engine history: {} cases", filled);
    }

    /** Writes the ledger row and the handovers of every case from the history; answers how many cases. */
    int backfill(JdbcTemplate jdbc) {
        List<Map<String, Object>> instances = jdbc.queryForList("""
                SELECT ID_ AS id, BUSINESS_KEY_ AS business_key, START_TIME_ AS started, END_TIME_ AS ended,
                       START_USER_ID_ AS start_user
                FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? ORDER BY START_TIME_""", PROCESS);
        // a case reopened after a failed 回头看 has several instances: its one row follows the newest
        Map<Object, Object> newest = new HashMap<>();
        instances.stream().map(CaseLedgerBackfill::lower).forEach(i -> newest.put(i.get("business_key"), i.get("id")));
        int filled = 0;
        for (Map<String, Object> instance : instances) {
            Map<String, Object> lowered = lower(instance);
            if (lowered.get("business_key") == null || lowered.get("id").equals(newest.get(lowered.get("business_key")))) {
                fill(jdbc, lowered);
                filled++;
            }
        }
        return filled;
    }

    private void fill(JdbcTemplate jdbc, Map<String, Object> instance) {
        String id = (String) instance.get("id");
        Map<String, Object> variables = variables(jdbc, id);
        List<Map<String, Object>> steps = jdbc.queryForList("""
                SELECT a.ACT_ID_ AS act, a.START_TIME_ AS started, a.END_TIME_ AS ended, a.ASSIGNEE_ AS assignee,
                       t.DUE_DATE_ AS task_due,
                       (SELECT MIN(o.USER_ID_) FROM ACT_HI_OP_LOG o WHERE o.TASK_ID_ = a.TASK_ID_
                          AND o.OPERATION_TYPE_ = 'Complete') AS completed_by,
                       (SELECT MIN(l.GROUP_ID_) FROM ACT_HI_IDENTITYLINK l WHERE l.TASK_ID_ = a.TASK_ID_
                          AND l.TYPE_ = 'candidate' AND l.OPERATION_TYPE_ = 'add' AND l.GROUP_ID_ LIKE 'unit-%') AS unit
                FROM ACT_HI_ACTINST a LEFT JOIN ACT_HI_TASKINST t ON t.ID_ = a.TASK_ID_
                WHERE a.PROC_INST_ID_ = ? ORDER BY a.START_TIME_, a.SEQUENCE_COUNTER_""", id)
                .stream().map(CaseLedgerBackfill::lower).toList();

        Map<String, Object> row = new HashMap<>();
        String caseNumber = text(variables.get("caseNumber"), (String) instance.get("business_key"));
        String place = text(variables.get("place"), null);
        String visitNumber = text(variables.get("visitNumber"), null);
        Timestamp ended = (Timestamp) instance.get("ended");
        Map<String, Object> lastSort = last(steps, "Task_SortIssue");
        Map<String, Object> lastAccept = last(steps, "Task_AcceptIssue");
        Map<String, Object> lastResolveTask = last(steps, "Task_ResolveIssue");
        Map<String, Object> lastSubmission = last(steps, "End_ResolutionSubmitted");
        Map<String, Object> lastReview = last(steps, "Task_ReviewResolution");
        Map<String, Object> lastCallback = last(steps, "Task_Callback");
        boolean accepted = Boolean.TRUE.equals(variables.get("accepted")) || lastResolveTask != null;

        row.put("case_number", caseNumber);
        row.put("title", text(variables.get("title"), caseNumber));
        row.put("channel", text(variables.get("channel"), "OTHER"));
        row.put("category", text(variables.get("category"), "OTHER"));
        row.put("urgency", text(variables.get("urgency"), "NORMAL"));
        row.put("location", text(variables.get("location"), null));
        row.put("place", place);
        row.put("town", place == null ? null : town(jdbc, place));
        row.put("visit_number", visitNumber);
        row.put("cadre", visitNumber == null ? null
                : jdbc.query("SELECT cadre FROM visit_register WHERE visit_number = ?",
                        (rs, n) -> rs.getString(1), visitNumber).stream().findFirst().orElse(null));
        row.put("accusation", Boolean.TRUE.equals(variables.get("accusation")));
        row.put("resolved_on_spot", Boolean.TRUE.equals(variables.get("resolvedOnSpot")));
        row.put("registered_by", text(variables.get("registeredBy"), (String) instance.get("start_user")));
        row.put("registered_at", instance.get("started"));
        boolean sorted = lastSort != null;
        row.put("responsible_unit", sorted ? text(variables.get("responsibleUnit"), null) : null);
        row.put("responsible_person", sorted ? text(variables.get("responsiblePerson"), null) : null);
        row.put("resolution_path", sorted ? text(variables.get("resolutionPath"), null) : null);
        LocalDate due = sorted ? CaseLedger.date(variables.get("dueDate")) : null;
        row.put("due_date", sqlDate(due));
        LocalDate firstDue = firstDueDate(jdbc, id, endOf(first(steps, "Task_SortIssue")));
        row.put("original_due_date", sqlDate(firstDue != null ? firstDue : due));
        row.put("sign_off_due", sorted ? sqlDate(CaseLedger.date(variables.get("signOffDueDate"))) : null);
        row.put("sorted_at", endOf(lastSort));
        row.put("signed_off_at", accepted ? endOf(lastAccept) : null);
        row.put("signed_off_on_time", accepted && lastAccept != null ? inTime(lastAccept) : null);
        row.put("resolved_at", endOf(lastSubmission));
        row.put("resolved_on_time", lastSubmission == null ? null
                : inTime(lastSubmission.get("ended"), lastResolveTask == null ? null : lastResolveTask.get("task_due")));
        row.put("resolved_by", lastResolveTask == null ? null
                : Objects.requireNonNullElse(lastResolveTask.get("completed_by"), lastResolveTask.get("assignee")));
        row.put("reviewed_at", lastReview != null && Boolean.TRUE.equals(variables.get("approved")) ? endOf(lastReview)
                : null);
        row.put("callback_at", endOf(lastCallback));
        row.put("extension_days", extensionDaysGranted(jdbc, id));
        row.put("return_count", count(variables.get("returnCount")));
        row.put("send_back_count", count(variables.get("sendBackCount")));
        row.put("reopen_count", count(variables.get("reopenCount")));
        row.put("satisfaction", text(variables.get("satisfaction"), null));
        row.put("outcome", text(variables.get("outcome"), null));
        row.put("closed_at", ended);
        row.put("status", ended != null ? "CLOSED" : status(steps));
        Map<String, Object> ladder = lower(jdbc.queryForMap("""
                SELECT COALESCE(MAX(CASE WHEN kind IN ('SIGN_OFF_OVERDUE', 'OVERDUE', 'LEADER_ESCALATION',
                                                        'PUBLIC_NOTICE') THEN escalation_level END), 0) AS highest,
                       COUNT(CASE WHEN kind IN ('SIGN_OFF_OVERDUE', 'OVERDUE') THEN 1 END) AS supervised,
                       COUNT(CASE WHEN kind = 'LEADER_ESCALATION' THEN 1 END) AS leaders,
                       COUNT(CASE WHEN kind = 'PUBLIC_NOTICE' THEN 1 END) AS notices
                FROM escalation_event WHERE process_instance_id = ?""", id));
        row.put("highest_level", ((Number) ladder.get("highest")).intValue());
        row.put("supervise_count", ((Number) ladder.get("supervised")).intValue());
        row.put("leader_count", ((Number) ladder.get("leaders")).intValue());
        row.put("notice_count", ((Number) ladder.get("notices")).intValue());
        row.put("updated_at", ended != null ? ended : instance.get("started"));
        write(jdbc, id, row);
        handovers(jdbc, id, caseNumber, steps, accepted);
    }

    private static void write(JdbcTemplate jdbc, String id, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
        values.add(id);
        int updated = jdbc.update("UPDATE case_ledger SET " + String.join(" = ?, ", columns)
                + " = ? WHERE process_instance_id = ?", values.toArray());
        if (updated == 0) {
            jdbc.update("INSERT INTO case_ledger (" + String.join(", ", columns) + ", process_instance_id) VALUES ("
                    + "?, ".repeat(columns.size()) + "?)", values.toArray());
        }
    }

    /** One handover per 签收 task: the unit it went to, and 签收 for the last one when accepted, else 退单. */
    private void handovers(JdbcTemplate jdbc, String id, String caseNumber, List<Map<String, Object>> steps,
            boolean accepted) {
        jdbc.update("DELETE FROM case_handover WHERE process_instance_id = ?", id);
        List<Map<String, Object>> accepts = steps.stream().filter(step -> "Task_AcceptIssue".equals(step.get("act")))
                .toList();
        for (int i = 0; i < accepts.size(); i++) {
            Map<String, Object> step = accepts.get(i);
            boolean last = i == accepts.size() - 1;
            Timestamp answered = (Timestamp) step.get("ended");
            String answer = answered == null ? null : last && accepted ? "ACCEPTED" : "RETURNED";
            Timestamp due = (Timestamp) step.get("task_due");
            jdbc.update("""
                    INSERT INTO case_handover (process_instance_id, case_number, unit, handed_over_at, sign_off_due,
                                               answered_at, answer, on_time)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, caseNumber, Objects.requireNonNullElse(step.get("unit"), "unknown"), step.get("started"),
                    due == null ? null : java.sql.Date.valueOf(due.toInstant().atZone(zone).toLocalDate()), answered,
                    answer, answered == null ? null : inTime(step));
        }
    }

    /** The variables of the case, at the process's own scope, as they last were. */
    private static Map<String, Object> variables(JdbcTemplate jdbc, String id) {
        Map<String, Object> variables = new HashMap<>();
        jdbc.query("""
                SELECT NAME_, VAR_TYPE_, TEXT_, LONG_, DOUBLE_ FROM ACT_HI_VARINST
                WHERE PROC_INST_ID_ = ? AND TASK_ID_ IS NULL AND (STATE_ IS NULL OR STATE_ <> 'DELETED')
                ORDER BY CASE WHEN EXECUTION_ID_ = PROC_INST_ID_ THEN 0 ELSE 1 END""",
                (ResultSet rs) -> {
                    String type = rs.getString("VAR_TYPE_");
                    Object value = switch (type == null ? "" : type) {
                        case "boolean" -> rs.getObject("LONG_") == null ? null : rs.getLong("LONG_") == 1;
                        case "integer", "long", "short" -> rs.getObject("LONG_") == null ? null : rs.getLong("LONG_");
                        case "double" -> rs.getObject("DOUBLE_") == null ? null : rs.getDouble("DOUBLE_");
                        default -> rs.getString("TEXT_");
                    };
                    variables.putIfAbsent(rs.getString("NAME_"), value);
                }, id);
        return variables;
    }

    /** The handling deadline the case was given when first sorted, before any extension or reopen moved it. */
    private static LocalDate firstDueDate(JdbcTemplate jdbc, String id, Timestamp firstSorted) {
        if (firstSorted == null) {
            return null;
        }
        LocalDate[] given = new LocalDate[1];
        jdbc.query("""
                SELECT d.TEXT_ AS due_text, d.TIME_ AS changed FROM ACT_HI_DETAIL d
                WHERE d.PROC_INST_ID_ = ? AND d.NAME_ = 'dueDate' AND d.VAR_INST_ID_ IN
                      (SELECT v.ID_ FROM ACT_HI_VARINST v WHERE v.PROC_INST_ID_ = ? AND v.TASK_ID_ IS NULL)
                ORDER BY d.TIME_, d.SEQUENCE_COUNTER_""", (ResultSet rs) -> {
                    if (!rs.getTimestamp("changed").after(firstSorted)) {
                        given[0] = CaseLedger.date(rs.getString("due_text"));
                    }
                }, id, id);
        return given[0];
    }

    /** The days of every extension granted over the case's life (a reopen starts the count of its variable anew). */
    private static int extensionDaysGranted(JdbcTemplate jdbc, String id) {
        int[] granted = new int[2]; // total, last value
        jdbc.query("""
                SELECT d.LONG_ AS days FROM ACT_HI_DETAIL d WHERE d.PROC_INST_ID_ = ? AND d.NAME_ = 'totalExtensionDays'
                ORDER BY d.TIME_, d.SEQUENCE_COUNTER_""", (ResultSet rs) -> {
                    int value = (int) rs.getLong("days");
                    granted[0] += Math.max(0, value - granted[1]);
                    granted[1] = value;
                }, id);
        return granted[0];
    }

    private static String town(JdbcTemplate jdbc, String place) {
        return jdbc.query("""
                SELECT CASE WHEN u.kind = 'VILLAGE' AND p.group_id IS NOT NULL THEN p.group_id ELSE u.group_id END
                FROM org_unit u LEFT JOIN org_unit p ON p.code = u.parent_code WHERE u.group_id = ?""",
                (rs, n) -> rs.getString(1), place).stream().findFirst().orElse(place);
    }

    private static String status(List<Map<String, Object>> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Map<String, Object> step = steps.get(i);
            String status = STATUS_OF_TASK.get((String) step.get("act"));
            if (status != null && step.get("ended") == null) {
                return status;
            }
        }
        return "TO_SORT";
    }

    private static Map<String, Object> last(List<Map<String, Object>> steps, String activity) {
        Map<String, Object> found = null;
        for (Map<String, Object> step : steps) {
            if (activity.equals(step.get("act")) && step.get("ended") != null) {
                found = step;
            }
        }
        return found;
    }

    private static Map<String, Object> first(List<Map<String, Object>> steps, String activity) {
        return steps.stream().filter(step -> activity.equals(step.get("act")) && step.get("ended") != null)
                .findFirst().orElse(null);
    }

    private static boolean inTime(Map<String, Object> task) {
        return inTime(task.get("ended"), task.get("task_due"));
    }

    private static boolean inTime(Object ended, Object due) {
        return due == null || ended == null || !((Timestamp) ended).after((Timestamp) due);
    }

    private static Timestamp endOf(Map<String, Object> step) {
        return step == null ? null : (Timestamp) step.get("ended");
    }

    private static int count(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static String text(Object value, String otherwise) {
        return value == null || value.toString().isBlank() ? otherwise : value.toString().strip();
    }

    private static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(), value));
        return lower;
    }

    private static boolean hasTable(DatabaseMetaData metadata, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase()}) {
            try (ResultSet tables = metadata.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
