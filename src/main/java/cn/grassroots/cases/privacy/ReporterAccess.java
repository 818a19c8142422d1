package cn.grassroots.cases.privacy;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import cn.grassroots.cases.handling.CaseHolders;
import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.privacy.ReporterRegistry.Reporter;

/**
 * Who may see a reporter's identity: the dispatch office always; the responsible unit while it holds the case
 * ({@link CaseHolders}), and never for an accusation (检举控告). Every disclosure is recorded.
 */
@Service
class ReporterAccess {

    enum Decision {
        SHOWN, NOT_FOUND, FORBIDDEN
    }

    record Result(Decision decision, Reporter reporter) {
    }

    private final ReporterRegistry registry;
    private final CaseHolders holders;

    ReporterAccess(ReporterRegistry registry, CaseHolders holders) {
        this.registry = registry;
        this.holders = holders;
    }

    Result reveal(String caseNumber, Authentication user) {
        Optional<Reporter> found = registry.find(caseNumber);
        if (found.isEmpty()) {
            return new Result(Decision.NOT_FOUND, null);
        }
        Reporter reporter = found.get();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean dispatch = groups.contains(Groups.DISPATCH);
        if (!dispatch && (reporter.accusation() || !holders.holds(reporter.processInstanceId(), user))) {
            return new Result(Decision.FORBIDDEN, null);
        }
        registry.disclosed(reporter, user.getUserId());
        return new Result(Decision.SHOWN, reporter);
    }
}
