package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.grassroots.cases.handling.IssueHandlingProcess;
import cn.grassroots.cases.system.AsSystem;
import cn.grassroots.cases.visits.VisitRegister.Results;

/**
 * 成果转化: a visit closes when every issue raised on it has ended. Each issue tells its visit when it ends
 * ({@code ${visitFollowUp.issueEnded(execution)}} on the issue process's end events); the visit then counts its open
 * issues in the case ledger. The message is sent after the issue's transaction has committed, in a transaction of its
 * own, so that closing an issue never waits for or fails because of its visit; a message lost to a crash is made up for
 * by the visit counting again every day ({@code Timer_RecountIssues}).
 */
@Component("visitFollowUp")
public class VisitFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(VisitFollowUp.class);
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final VisitRegister register;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final TransactionTemplate ownTransaction;

    VisitFollowUp(JdbcTemplate jdbc, VisitRegister register, RuntimeService runtimeService,
            IdentityService identityService, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.register = register;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** On an issue's end: once the issue's transaction has committed, tell its visit (if it has one). */
    public void issueEnded(DelegateExecution issue) {
        Object visitNumber = issue.getVariable(IssueHandlingProcess.Variables.VISIT_NUMBER);
        if (!(visitNumber instanceof String visit) || visit.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // the visit counts again within a day
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tell(visit);
            }
        });
    }

    private void tell(String visitNumber) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                // as the system: whoever closed the issue need not be allowed to touch the visit
                ownTransaction.executeWithoutResult(status -> AsSystem.call(identityService, () -> runtimeService
                        .createMessageCorrelation(GrassrootsVisitProcess.MESSAGE_ISSUE_ENDED)
                        .processInstanceBusinessKey(visitNumber).correlateAllWithResult()));
                return;
            } catch (OptimisticLockingException concurrently) {
                LOG.debug("Visit {} was busy (attempt {}); telling it again", visitNumber, attempt);
            } catch (RuntimeException e) {
                LOG.warn("Could not tell visit {} that an issue ended; it counts again within a day", visitNumber, e);
                return;
            }
        }
        LOG.warn("Visit {} stayed busy; it counts its issues again within a day", visitNumber);
    }

    /** The visit counts its issues that have not ended. */
    public void count(DelegateExecution execution) {
        String visitNumber = (String) execution.getVariable(VISIT_NUMBER);
        Integer open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_ledger WHERE visit_number = ? AND closed_at IS NULL", Integer.class,
                visitNumber);
        Integer raised = jdbc.queryForObject("SELECT COUNT(*) FROM case_ledger WHERE visit_number = ?", Integer.class,
                visitNumber);
        execution.setVariable(OPEN_ISSUES, open);
        execution.setVariable(ISSUES_RAISED, raised);
    }

    /** Every issue has ended: the visit's results (成果), on the register and in words on the visit. */
    public void close(DelegateExecution execution) {
        String visitNumber = (String) execution.getVariable(VISIT_NUMBER);
        Results results = jdbc.queryForObject("""
                SELECT COUNT(*) AS raised,
                       SUM(CASE WHEN outcome = 'RESOLVED_ON_SPOT' THEN 1 ELSE 0 END) AS on_spot,
                       SUM(CASE WHEN outcome = 'RESOLVED' THEN 1 ELSE 0 END) AS resolved,
                       SUM(CASE WHEN outcome = 'CLOSED_UNRESOLVED' THEN 1 ELSE 0 END) AS unresolved,
                       SUM(CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS satisfied,
                       SUM(CASE WHEN satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END) AS basically,
                       SUM(CASE WHEN satisfaction = 'DISSATISFIED' THEN 1 ELSE 0 END) AS dissatisfied
                FROM case_ledger WHERE visit_number = ?""",
                (rs, n) -> new Results(rs.getInt("raised"), rs.getInt("on_spot"), rs.getInt("resolved"),
                        rs.getInt("unresolved"), rs.getInt("satisfied"), rs.getInt("basically"),
                        rs.getInt("dissatisfied")), visitNumber);
        execution.setVariable(ISSUES_RAISED, results.raised());
        execution.setVariable(RESULTS_TEXT, results.raised() == 0 ? "本次活动未收集到问题。"
                : "收集问题" + results.raised() + "件：当场解决" + results.solvedOnSpot() + "件，交办解决" + results.resolved()
                        + "件，解释办结（未解决）" + results.closedUnresolved() + "件；群众评价满意" + results.satisfied()
                        + "件、基本满意" + results.basicallySatisfied() + "件、不满意" + results.dissatisfied() + "件。");
        register.closed(execution, results);
    }
}
