package cn.grassroots.cases.visits;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a visit: the leaders' and supervision offices (and administrators) every visit; its cadre his own; the
 * dispatch office, and the units of its place and its accompanying units, the visits that are announced or have been
 * carried out. An unannounced visit (四不两直) stays secret from everyone else until it has taken place: the visited
 * place must not be warned.
 */
@Component
class VisitAccess {

    static final Set<String> SEE_ALL = Set.of("leaders", "supervision", "camunda-admin");

    boolean maySee(VisitSummary visit, Authentication person) {
        if (person == null) {
            return false;
        }
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (groups.stream().anyMatch(SEE_ALL::contains) || person.getUserId().equals(visit.cadre())) {
            return true;
        }
        if (visit.unannounced() && visit.actualDate() == null) {
            return false;
        }
        return groups.contains("dispatch") || groups.contains(visit.place())
                || groups.stream().anyMatch(visit.accompanyingUnits()::contains);
    }

    /** The briefing says what is open at a place: for the cadre and the offices that supervise. */
    boolean maySeeBriefing(VisitSummary visit, Authentication person) {
        if (person == null || !maySee(visit, person)) {
            return false;
        }
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        return person.getUserId().equals(visit.cadre()) || groups.stream().anyMatch(SEE_ALL::contains)
                || groups.contains("dispatch");
    }
}
