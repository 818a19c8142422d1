package cn.grassroots.cases.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.grassroots.cases.system.InvalidRequestException;

/** The period of an assessment: registration days {@code from} to {@code to}, both required, at most ten years. */
record Period(LocalDate from, LocalDate to) {

    static Period parse(String from, String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("to", "must not be before from");
        } else if (start != null && end != null && end.isAfter(start.plusYears(10))) {
            errors.put("to", "the period must not be longer than ten years");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Invalid period", errors);
        }
        return new Period(start, end);
    }

    private static LocalDate day(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(name, "is required (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "must be a date YYYY-MM-DD");
            return null;
        }
    }
}
