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
import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;

/**
 * The rules of a visit plan, for every way one comes in: a cadre of the organisation plans his own visits, the leaders'
 * office and the supervision office plan for any cadre; the type is one of the four; the date is today or later (at
 * most a year ahead); the place is a town or village; the theme is given; accompanying units are units of the county.
 */
@Component
class VisitRules {

    static final int THEME_MAX = 200;
    /** The visit types as the API spells them. */
    private static final String TYPES = "（PUBLICIZE 宣传政策、RESEARCH 调查研究、PETITION 信访接待、ONSITE 现场办公）";
    static final Set<String> PLAN_FOR_OTHERS = Set.of("leaders", "supervision", "camunda-admin");

    private final Directory directory;
    private final WorkingCalendar calendar;

    VisitRules(Directory directory, WorkingCalendar calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    Map<String, FieldProblem> problems(VisitPlan plan, Authentication planner) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (TextRules.isBlank(plan.cadre())) {
            problems.put(CADRE, FieldProblem.required());
        } else if (directory.cadre(plan.cadre()).isEmpty()) {
            problems.put(CADRE, FieldProblem.of(Code.UNKNOWN_VALUE, "“" + plan.cadre() + "”不是本县的领导干部"));
        } else if (planner != null && !planner.getUserId().equals(plan.cadre()) && !mayPlanForOthers(planner)) {
            problems.put(CADRE, FieldProblem.of(Code.NOT_ALLOWED, "领导干部只能为本人制定计划；为他人制定由领导办公室或督查室进行"));
        }
        if (!VisitTypes.isType(plan.visitType())) {
            problems.put(VISIT_TYPE, plan.visitType() == null ? FieldProblem.of(Code.REQUIRED, "不能为空" + TYPES)
                    : FieldProblem.of(Code.UNKNOWN_VALUE, "“" + plan.visitType() + "”不是可选的活动类型" + TYPES));
        }
        date(plan.plannedDate()).ifPresentOrElse(date -> {
            if (date.isBefore(calendar.today())) {
                problems.put(PLANNED_DATE, FieldProblem.of(Code.OUT_OF_RANGE, "不能早于今天"));
            } else if (date.isAfter(calendar.today().plusYears(1))) {
                problems.put(PLANNED_DATE, FieldProblem.of(Code.OUT_OF_RANGE, "须在一年以内"));
            }
        }, () -> problems.put(PLANNED_DATE, plan.plannedDate() == null ? FieldProblem.required()
                : FieldProblem.notADate()));
        if (TextRules.isBlank(plan.place())) {
            problems.put(PLACE, FieldProblem.of(Code.REQUIRED, "不能为空（填写镇或村）"));
        } else if (!directory.isPlace(plan.place())) {
            problems.put(PLACE, FieldProblem.of(Code.UNKNOWN_VALUE, "“" + plan.place() + "”不是本县的镇或村"));
        }
        FieldProblem themeProblem = plan.theme() == null ? null : TextRules.problem(plan.theme());
        if (themeProblem != null) {
            problems.put(THEME, themeProblem);
        } else if (TextRules.isBlank(plan.theme())) {
            problems.put(THEME, FieldProblem.required());
        } else if (plan.theme().strip().length() > THEME_MAX) {
            problems.put(THEME, FieldProblem.tooLong(THEME_MAX));
        }
        List<String> units = plan.accompanyingUnits();
        if (units == null) {
            problems.put(ACCOMPANYING_UNITS, FieldProblem.of(Code.INVALID_FORMAT, "须为单位编号的列表"));
        } else {
            units.stream().filter(unit -> directory.unit(unit).isEmpty()).findFirst().ifPresent(
                    unknown -> problems.put(ACCOMPANYING_UNITS,
                            FieldProblem.of(Code.UNKNOWN_VALUE, "“" + unknown + "”不是本县的单位")));
        }
        Object unannounced = plan.unannounced();
        if (unannounced != null && !(unannounced instanceof Boolean) && !"true".equals(unannounced)
                && !"false".equals(unannounced)) {
            problems.put(UNANNOUNCED, FieldProblem.notAFlag());
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
