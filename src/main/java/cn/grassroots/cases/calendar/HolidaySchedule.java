package cn.grassroots.cases.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;

/**
 * The official holiday schedule (放假调休安排) of the years loaded: days off and the weekend days that are working
 * days. Read from {@code calendar/holidays-<year>.txt}; a malformed line stops start-up with its file and line.
 */
public final class HolidaySchedule {

    private final Map<LocalDate, String> daysOff = new TreeMap<>();
    private final Map<LocalDate, String> makeUpWorkdays = new TreeMap<>();
    private final Set<Integer> years = new TreeSet<>();

    public static HolidaySchedule of(Resource... files) {
        HolidaySchedule schedule = new HolidaySchedule();
        for (Resource file : files) {
            schedule.read(file);
        }
        return schedule;
    }

    public Set<Integer> years() {
        return Set.copyOf(years);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public int lastYear() {
        return years.stream().max(Integer::compare).orElseThrow(
                () -> new IllegalStateException("No holiday calendar is loaded (calendar/holidays-<year>.txt)"));
    }

    public boolean isDayOff(LocalDate day) {
        return daysOff.containsKey(day);
    }

    public boolean isMakeUpWorkday(LocalDate day) {
        return makeUpWorkdays.containsKey(day);
    }

    private void read(Resource file) {
        String name = file.getFilename();
        int year = yearOf(name);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    readEntry(text, year, name + ":" + number);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read holiday calendar " + name, e);
        }
        years.add(year);
    }

    private void readEntry(String text, int year, String where) {
        String[] parts = text.split("\\s+");
        try {
            switch (parts[0]) {
                case "holiday" -> {
                    LocalDate first = LocalDate.parse(parts[1]);
                    boolean range = parts.length > 3 && parts[2].matches("\\d{4}-\\d{2}-\\d{2}");
                    LocalDate last = range ? LocalDate.parse(parts[2]) : first;
                    require(parts.length > (range ? 3 : 2), where, "a holiday needs a name");
                    require(!last.isBefore(first) && first.getYear() == year && last.getYear() == year, where,
                            "days must lie in " + year + " and the range must not run backwards");
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        daysOff.put(day, parts[range ? 3 : 2]);
                    }
                }
                case "workday" -> {
                    require(parts.length > 2, where, "a workday needs a name");
                    LocalDate day = LocalDate.parse(parts[1]);
                    require(day.getYear() == year, where, "the day must lie in " + year);
                    require(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY,
                            where, "a make-up workday must be a Saturday or Sunday");
                    makeUpWorkdays.put(day, parts[2]);
                }
                default -> throw new IllegalStateException(
                        where + ": unknown entry '" + parts[0] + "' (expected 'holiday' or 'workday')");
            }
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException(where + ": cannot read '" + text + "' (expected e.g. "
                    + "'holiday 2026-10-01 2026-10-07 国庆节' or 'workday 2026-10-10 国庆节调休上班')", e);
        }
    }

    static int yearOf(String fileName) {
        if (fileName == null || !fileName.matches("holidays-\\d{4}\\.txt")) {
            throw new IllegalStateException("Holiday calendar files are named holidays-<year>.txt, not " + fileName);
        }
        return Integer.parseInt(fileName.substring(9, 13));
    }

    private static void require(boolean condition, String where, String problem) {
        if (!condition) {
            throw new IllegalStateException(where + ": " + problem);
        }
    }
}
