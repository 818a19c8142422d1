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
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

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
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        IssueFacts facts = submitted;
        String visitNumber = submitted.visitNumber() == null ? null : submitted.visitNumber().strip();
        if (visitNumber != null && !visitNumber.isEmpty()) {
            Optional<Visit> visit = visits.find(visitNumber);
            FieldProblem problem = visit.isEmpty()
                    ? FieldProblem.of(Code.UNKNOWN_VALUE, "没有编号为“" + visitNumber + "”的下基层活动")
                    : problemWith(visit.get());
            if (problem != null) {
                errors.put(Variables.VISIT_NUMBER, problem);
            } else {
                facts = submitted.onVisit(visit.get().type(), visit.get().place());
            }
        }
        IssueFactsValidator.validate(facts).forEach(errors::putIfAbsent);
        String place = facts.place() == null ? null : facts.place().strip();
        if (place != null && !place.isEmpty() && !errors.containsKey(Variables.PLACE) && !places.isPlace(place)) {
            errors.put(Variables.PLACE, FieldProblem.of(Code.UNKNOWN_VALUE, "“" + place + "”不是本县的镇或村"));
        }
        return new Checked(facts, errors);
    }

    record Checked(IssueFacts facts, Map<String, FieldProblem> errors) {
    }

    private FieldProblem problemWith(Visit visit) {
        if (!visit.open()) {
            return FieldProblem.of(Code.NOT_ALLOWED, "下基层活动 " + visit.visitNumber() + " 已结束");
        }
        if (visit.plannedDate().isAfter(calendar.today())) {
            return FieldProblem.of(Code.NOT_ALLOWED, "下基层活动 " + visit.visitNumber() + " 计划于 " + visit.plannedDate()
                    + " 开展，其间发现的问题从当天起登记");
        }
        Authentication person = identityService.getCurrentAuthentication();
        List<String> groups = person == null || person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (person != null && !person.getUserId().equals(visit.cadre()) && groups.stream().noneMatch(VisitsForIssues.OFFICES::contains)) {
            return FieldProblem.of(Code.NOT_ALLOWED, "下基层活动 " + visit.visitNumber()
                    + " 是其他领导干部的活动，其问题由该领导干部本人或相关科室登记");
        }
        return null;
    }
}
