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
 * ({@link CaseHolders}), and whoever else has a step of work that needs the reporter ({@link ReporterContactNeed}, e.g. the
 * supervision office's 回头看), but never for an accusation (检举控告). Every disclosure is recorded.
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
    private final List<ReporterContactNeed> needs;

    ReporterAccess(ReporterRegistry registry, CaseHolders holders, List<ReporterContactNeed> needs) {
        this.registry = registry;
        this.holders = holders;
        this.needs = needs;
    }

    Result reveal(String caseNumber, Authentication user) {
        Optional<Reporter> found = registry.find(caseNumber);
        if (found.isEmpty()) {
            return new Result(Decision.NOT_FOUND, null);
        }
        Reporter reporter = found.get();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean dispatch = groups.contains(Groups.DISPATCH);
        boolean needed = holders.holds(reporter.processInstanceId(), user)
                || needs.stream().anyMatch(need -> need.needsReporterOf(caseNumber, user));
        if (!dispatch && (reporter.accusation() || !needed)) {
            return new Result(Decision.FORBIDDEN, null);
        }
        registry.disclosed(reporter, user.getUserId());
        return new Result(Decision.SHOWN, reporter);
    }
}
