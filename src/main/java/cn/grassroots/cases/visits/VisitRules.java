package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.GrassrootsVisitProcess.Variables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.TextRules;
import cn.grassroots.cases.organization.Directory;

/**
 * The rules of a visit plan, for every way one comes in: a cadre of the organisation plans his own visits, the leaders'
 * office and the supervision office plan for any cadre; the type is one of the four; the date is today or later (at
 * most a year ahead); the place is a town or village; the theme is given; accompanying units are units of the county.
 */
@Component
class VisitRules {

    static final int THEME_MAX = 200;
    static final Set<String> PLAN_FOR_OTHERS = Set.of("leaders", "supervision", "camunda-admin");

    private final Directory directory;
    private final WorkingCalendar calendar;

    VisitRules(Directory directory, WorkingCalendar calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    Map<String, String> problems(VisitPlan plan, Authentication planner) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (TextRules.isBlank(plan.cadre())) {
            problems.put(CADRE, "is required");
        } else if (directory.cadre(plan.cadre()).isEmpty()) {
            problems.put(CADRE, "'" + plan.cadre() + "' is not a cadre of the organisation");
        } else if (planner != null && !planner.getUserId().equals(plan.cadre()) && !mayPlanForOthers(planner)) {
            problems.put(CADRE, "a cadre plans his own visits; the leaders' and supervision offices plan for others");
        }
        if (!VisitTypes.isType(plan.visitType())) {
            problems.put(VISIT_TYPE, plan.visitType() == null ? "is required (PUBLICIZE, RESEARCH, PETITION or ONSITE)"
                    : "unknown type '" + plan.visitType() + "' (PUBLICIZE, RESEARCH, PETITION or ONSITE)");
        }
        date(plan.plannedDate()).ifPresentOrElse(date -> {
            if (date.isBefore(calendar.today())) {
                problems.put(PLANNED_DATE, "must not be in the past");
            } else if (date.isAfter(calendar.today().plusYears(1))) {
                problems.put(PLANNED_DATE, "must be within a year");
            }
        }, () -> problems.put(PLANNED_DATE, plan.plannedDate() == null ? "is required"
                : "must be a date like 2026-12-31"));
        if (TextRules.isBlank(plan.place())) {
            problems.put(PLACE, "is required (a town or village)");
        } else if (!directory.isPlace(plan.place())) {
            problems.put(PLACE, "'" + plan.place() + "' is not a town or village of the organisation");
        }
        String themeProblem = plan.theme() == null ? null : TextRules.problem(plan.theme());
        if (themeProblem != null) {
            problems.put(THEME, themeProblem);
        } else if (TextRules.isBlank(plan.theme())) {
            problems.put(THEME, "is required");
        } else if (plan.theme().strip().length() > THEME_MAX) {
            problems.put(THEME, "must be at most " + THEME_MAX + " characters");
        }
        List<String> units = plan.accompanyingUnits();
        if (units == null) {
            problems.put(ACCOMPANYING_UNITS, "must be a list of unit ids");
        } else {
            units.stream().filter(unit -> directory.unit(unit).isEmpty()).findFirst().ifPresent(
                    unknown -> problems.put(ACCOMPANYING_UNITS, "'" + unknown + "' is not a unit of the organisation"));
        }
        Object unannounced = plan.unannounced();
        if (unannounced != null && !(unannounced instanceof Boolean) && !"true".equals(unannounced)
                && !"false".equals(unannounced)) {
            problems.put(UNANNOUNCED, "must be true or false");
        }
        return problems;
    }

    private static boolean mayPlanForOthers(Authentication planner) {
        return planner.getGroupIds() != null && planner.getGroupIds().stream().anyMatch(PLAN_FOR_OTHERS::contains);
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
