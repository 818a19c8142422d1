package cn.grassroots.cases.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.IssueHandlingProcess.Variables;
import cn.grassroots.cases.handling.Places;
import cn.grassroots.cases.intake.VisitsForIssues.Visit;

/**
 * The rules of a registration that need the organisation and the visits, on top of {@link IssueFactsValidator}: an
 * issue raised on a visit names an open visit that has begun, of the registering cadre (the offices register for any
 * visit), and takes the visit's type and place unless it says otherwise; a place is a town or village of the county.
 */
@Component
class RegistrationRules {

    private final VisitsForIssues visits;
    private final Places places;
    private final IdentityService identityService;
    private final WorkingCalendar calendar;

    RegistrationRules(VisitsForIssues visits, Places places, IdentityService identityService,
            WorkingCalendar calendar) {
        this.visits = visits;
        this.places = places;
        this.identityService = identityService;
        this.calendar = calendar;
    }

    /** The facts with the visit's defaults filled in, and every problem by field (empty when the issue is fine). */
    Checked check(IssueFacts submitted) {
        Map<String, String> errors = new LinkedHashMap<>();
        IssueFacts facts = submitted;
        String visitNumber = submitted.visitNumber() == null ? null : submitted.visitNumber().strip();
        if (visitNumber != null && !visitNumber.isEmpty()) {
            Optional<Visit> visit = visits.find(visitNumber);
            String problem = visit.isEmpty() ? "unknown visit '" + visitNumber + "'" : problemWith(visit.get());
            if (problem != null) {
                errors.put(Variables.VISIT_NUMBER, problem);
            } else {
                facts = submitted.onVisit(visit.get().type(), visit.get().place());
            }
        }
        IssueFactsValidator.validate(facts).forEach(errors::putIfAbsent);
        String place = facts.place() == null ? null : facts.place().strip();
        if (place != null && !place.isEmpty() && !errors.containsKey(Variables.PLACE) && !places.isPlace(place)) {
            errors.put(Variables.PLACE, "'" + place + "' is not a town or village of the organisation");
        }
        return new Checked(facts, errors);
    }

    record Checked(IssueFacts facts, Map<String, String> errors) {
    }

    private String problemWith(Visit visit) {
        if (!visit.open()) {
            return "visit " + visit.visitNumber() + " has closed";
        }
        if (visit.plannedDate().isAfter(calendar.today())) {
            return "visit " + visit.visitNumber() + " is planned for " + visit.plannedDate()
                    + "; its issues are registered from that day on";
        }
        Authentication person = identityService.getCurrentAuthentication();
        List<String> groups = person == null || person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (person != null && !person.getUserId().equals(visit.cadre()) && groups.stream().noneMatch(VisitsForIssues.OFFICES::contains)) {
            return "visit " + visit.visitNumber() + " is another cadre's; its issues are registered by him or the offices";
        }
        return null;
    }
}
