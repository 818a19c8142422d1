package cn.grassroots.cases.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.grassroots.cases.system.FieldProblem;
import cn.grassroots.cases.system.FieldProblem.Code;
import cn.grassroots.cases.system.InvalidRequestException;

/** The period of an assessment: registration days {@code from} to {@code to}, both required, at most ten years. */
record Period(LocalDate from, LocalDate to) {

    static Period parse(String from, String to) {
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", FieldProblem.of(Code.OUT_OF_RANGE, "不能早于起始日期"));
        } else if (start != null && end != null && end.isAfter(start.plusYears(10))) {
            errors.put("to", FieldProblem.of(Code.OUT_OF_RANGE, "统计期间不能超过十年"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("统计期间有误", errors);
        }
        return new Period(start, end);
    }

    private static LocalDate day(String name, String value, Map<String, FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.put(name, FieldProblem.of(Code.REQUIRED, "不能为空（格式如 2026-12-31）"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, FieldProblem.notADate());
            return null;
        }
    }
}
