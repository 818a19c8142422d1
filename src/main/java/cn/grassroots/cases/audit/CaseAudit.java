package cn.grassroots.cases.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseCard;
import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.handling.Labelled;
import cn.grassroots.cases.supervision.EscalationKind;

/**
 * Who did what to a case and when: registration and closing from the case's history, every task operation
 * (claim, complete, assign, …) from Camunda's user operation log, every escalation step from the escalation log
 * and every look at the reporter's identity. Reads with the caller's authorizations: only those who may read the case's history get anything.
 */
@Service
public class CaseAudit {

    private final HistoryService historyService;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    CaseAudit(HistoryService historyService, JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    public Optional<List<AuditEntry>> trail(String caseNumber) {
        // a case reopened after a failed 回头看 runs on in a new instance under the same number: one trail for all
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(IssueHandlingProcess.KEY).processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime().asc().list();
        if (instances.isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            if (instance == instances.get(0)) {
                entries.add(new AuditEntry(time(instance.getStartTime()), "REGISTERED", "登记问题",
                        instance.getStartUserId()));
            } else {
                entries.add(new AuditEntry(time(instance.getStartTime()), "REOPENED", "回头看未通过，重新交办",
                        instance.getStartUserId()));
            }
            addSteps(instance, entries);
        }
        entries.sort(Comparator.comparing(AuditEntry::at));
        return Optional.of(entries);
    }

    private void addSteps(HistoricProcessInstance instance, List<AuditEntry> entries) {
        Map<String, String> taskNames = new HashMap<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            taskNames.put(task.getId(), CaseCard.plainName(task.getName()));
        }
        for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery()
                .processInstanceId(instance.getId()).list()) {
            if (entry.getTaskId() != null && isTaskAction(entry)) {
                entries.add(new AuditEntry(time(entry.getTimestamp()), entry.getOperationType().toUpperCase(),
                        taskNames.getOrDefault(entry.getTaskId(), entry.getTaskId()), entry.getUserId()));
            }
        }
        jdbc.query("SELECT kind, escalation_level, occurred_at FROM escalation_event WHERE process_instance_id = ?",
                (rs, n) -> entries.add(new AuditEntry(time(rs.getTimestamp("occurred_at")), "ESCALATED",
                        Labelled.labelOf(EscalationKind.class, rs.getString("kind")), null)),
                instance.getId());
        jdbc.query("SELECT user_id, disclosed_at FROM reporter_disclosure WHERE process_instance_id = ?",
                (rs, n) -> entries.add(new AuditEntry(time(rs.getTimestamp("disclosed_at")), "VIEWED_REPORTER",
                        "查看反映人身份", rs.getString("user_id"))),
                instance.getId());
        if (instance.getEndTime() != null) {
            entries.add(new AuditEntry(time(instance.getEndTime()), "CLOSED", "办结", null));
        }
    }

    /** One log line per operation: Camunda writes a line per changed property (assignee, owner, …). */
    private static boolean isTaskAction(UserOperationLogEntry entry) {
        return entry.getProperty() == null || "assignee".equals(entry.getProperty())
                || UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType());
    }

    private OffsetDateTime time(Date date) {
        return date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
