package cn.grassroots.cases.merging;

import static cn.grassroots.cases.handling.IssueHandlingProcess.Variables.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.InvalidCaseInputException;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.system.CurrentUser;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * 并单 in the issue process: the sort form offers the similar open cases; a case merged into one of them ends as MERGED
 * with the link kept ({@code case_merge}, {@code case_ledger.merged_into}).
 */
@Component("caseMerging")
public class CaseMerging {

    /** An open case that looks like the same matter. */
    public record Similar(String caseNumber, String title, String unitName, String statusName, double similarity) {
    }

    /** How alike the words must be to be offered (same category and town besides). */
    static final double THRESHOLD = 0.3;
    /**
     * How many open cases of the same category and town are compared, the most recently registered: a sort's work is
     * bounded however many cases a large town has open (a duplicate usually follows its first report closely).
     */
    static final int COMPARED = 300;

    private final JdbcTemplate jdbc;
    private final Directory directory;

    CaseMerging(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The open cases of the same category and town (or place) whose title and description read alike, closest first. */
    public List<Similar> similarTo(String caseNumber) {
        List<Map<String, Object>> self = jdbc.queryForList(
                "SELECT title, category, town, place FROM case_ledger WHERE case_number = ?", caseNumber);
        if (self.isEmpty()) {
            return List.of();
        }
        Map<String, Object> row = self.get(0);
        String where = row.get("town") != null ? "l.town = ?" : "l.place IS NULL";
        List<Object> arguments = new ArrayList<>(List.of(caseNumber, row.get("category")));
        if (row.get("town") != null) {
            arguments.add(row.get("town"));
        }
        String title = (String) row.get("title");
        List<Candidate> alike = new ArrayList<>();
        jdbc.query("""
                SELECT l.case_number, l.title, l.responsible_unit, l.status FROM case_ledger l
                WHERE l.case_number <> ? AND l.category = ? AND l.closed_at IS NULL AND l.merged_into IS NULL AND\s"""
                + where + " ORDER BY l.registered_at DESC LIMIT " + COMPARED, rs -> {
                    double score = Similarity.of(title, rs.getString("title"));
                    if (score >= THRESHOLD) {
                        alike.add(new Candidate(rs.getString("case_number"), rs.getString("title"),
                                rs.getString("responsible_unit"), rs.getString("status"), score));
                    }
                }, arguments.toArray());
        if (alike.isEmpty()) {
            return List.of();
        }
        alike.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        Map<String, String> units = directory.unitNames();
        Map<String, String> statuses = cn.grassroots.cases.ledger.LedgerRow.STATUS_NAMES;
        return alike.stream().limit(10).map(one -> new Similar(one.caseNumber(), one.title(),
                one.unit() == null ? "待分办" : units.getOrDefault(one.unit(), one.unit()),
                statuses.getOrDefault(one.status(), one.status()), one.similarity())).toList();
    }

    /** A case that reads alike, before it is named for the form. */
    private record Candidate(String caseNumber, String title, String unit, String status, double similarity) {
    }

    /** 分办交办: the similar open cases, as text to read and as the options of 并入已有问题. */
    public void offerSimilar(DelegateTask task) {
        List<Similar> similar = similarTo((String) task.getVariable(CASE_NUMBER));
        List<Map<String, String>> options = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Similar one : similar) {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", one.caseNumber() + " " + one.title() + "（" + one.unitName() + "，" + one.statusName() + "）");
            option.put("value", one.caseNumber());
            options.add(option);
            text.append(text.isEmpty() ? "" : "\n").append(option.get("label"));
        }
        task.setVariableLocal(SIMILAR_CASES, similar.isEmpty() ? "未发现同一镇村、同一类别的相似在办问题。" : text.toString());
        task.setVariableLocal(MERGE_OPTIONS, Variables.objectValue(options)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    /** Whether the dispatch office chose to merge the case into an open one. */
    public boolean requested(VariableScope scope) {
        return scope.getVariable(MERGE_INTO) instanceof String master && !master.isBlank();
    }

    /** 并入已有问题: the master must be another open case, itself not merged. */
    public void merge(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        String master = ((String) execution.getVariable(MERGE_INTO)).strip();
        if (master.equals(caseNumber)) {
            throw new InvalidCaseInputException(MERGE_INTO, Code.NOT_ALLOWED, "不能并入本问题自身");
        }
        List<Map<String, Object>> found = jdbc.queryForList(
                "SELECT closed_at, merged_into FROM case_ledger WHERE case_number = ?", master);
        if (found.isEmpty() || found.get(0).get("closed_at") != null || found.get(0).get("merged_into") != null) {
            throw new InvalidCaseInputException(MERGE_INTO, Code.UNKNOWN_VALUE, "“" + master + "”不是可以并入的在办问题");
        }
        jdbc.update("INSERT INTO case_merge (case_number, master_case_number, merged_by, merged_at) VALUES (?, ?, ?, ?)",
                caseNumber, master, CurrentUser.inCommand(), now());
        execution.setVariable(MERGE_INTO, master);
    }

    /** The merged case ended: its ledger row says so, and statistics leave it out. */
    public void ended(DelegateExecution execution) {
        jdbc.update("UPDATE case_ledger SET status = 'MERGED', merged_into = ? WHERE process_instance_id = ?",
                execution.getVariable(MERGE_INTO), execution.getProcessInstanceId());
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
