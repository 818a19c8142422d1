package cn.grassroots.cases.ledger;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.Organization;

/**
 * Whose rows of the ledger a person reads: the dispatch, supervision and leaders' offices (and administrators)
 * every case; a unit's people the cases their unit holds (to check themselves); a cadre the cases raised on his
 * visits. Nobody else reads the ledger.
 */
public record LedgerScope(boolean everything, List<String> units, String cadre) {

    public static LedgerScope of(Authentication person) {
        if (person == null) {
            return new LedgerScope(false, List.of(), null);
        }
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (groups.stream().anyMatch(Groups.OFFICES::contains)) {
            return new LedgerScope(true, List.of(), null);
        }
        return new LedgerScope(false, groups.stream().filter(group -> group.startsWith("unit-")).toList(),
                groups.contains(Organization.CADRES) ? person.getUserId() : null);
    }

    /** Whether the person may read any row at all. */
    public boolean readsAnything() {
        return everything || !units.isEmpty() || cadre != null;
    }
}
