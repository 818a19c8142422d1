package cn.grassroots.cases.visits;

import static cn.grassroots.cases.visits.VisitQuotaReviewProcess.Variables.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.DayType;
import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.handling.CaseInput;
import cn.grassroots.cases.handling.Channel;
import cn.grassroots.cases.organization.Directory;
import cn.grassroots.cases.organization.Directory.Cadre;

/**
 * 常态长效: the monthly check of every cadre's visits against the quota of his rank ({@link VisitPolicy.Quota}). The
 * previous month's carried-out visits count; when that month ended a quarter, the quarter's types and petition days are
 * checked too. Each cadre's result is kept in {@code quota_review} (for the yearly assessment); the cadres behind are
 * listed for the supervision office.
 */
@Component("visitQuota")
public class VisitQuota {

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final VisitPolicy policy;
    private final WorkingCalendar calendar;
    private final VisitProperties properties;

    VisitQuota(JdbcTemplate jdbc, Directory directory, VisitPolicy policy, WorkingCalendar calendar,
            VisitProperties properties) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.policy = policy;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** 09:00 on the first working day of this month (on the working-day calendar: after 国庆节, 8 October 2026). */
    public java.util.Date firstWorkingDayOfMonth() {
        return calendar.startOfWork(calendar.firstWorkingDayOf(YearMonth.from(calendar.today())));
    }

    /** The 督促 task is due like the office's other 督促 tasks. */
    public java.util.Date urgeDueAt() {
        return calendar.endOf(calendar.addDays(calendar.today(), properties.superviseDays(), DayType.WORKING));
    }

    public void review(DelegateExecution execution) {
        YearMonth month = YearMonth.from(calendar.today()).minusMonths(1);
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        boolean quarterEnded = month.getMonthValue() % 3 == 0;
        LocalDate quarterStart = month.minusMonths(2).atDay(1);
        List<String> behind = new ArrayList<>();
        for (Cadre cadre : directory.cadres()) {
            VisitPolicy.Quota quota = policy.quota(cadre.rank());
            int visits = count("SELECT COUNT(*) FROM visit_register WHERE cadre = ? AND actual_date BETWEEN ? AND ?",
                    cadre.id(), start, end);
            List<String> shortfall = new ArrayList<>();
            if (visits < quota.minVisitsPerMonth()) {
                shortfall.add(month.getMonthValue() + "月下基层" + visits + "次，应不少于" + quota.minVisitsPerMonth() + "次");
            }
            if (quarterEnded) {
                shortfall.addAll(quarterShortfall(cadre, quota, quarterStart, end));
            }
            keep(cadre, start, end, visits, quota.minVisitsPerMonth(), shortfall);
            if (!shortfall.isEmpty()) {
                behind.add(cadre.name() + "（" + cadre.rank().label() + "）：" + String.join("；", shortfall));
            }
        }
        execution.setVariable(PERIOD_START, start.toString());
        execution.setVariable(PERIOD_END, end.toString());
        execution.setVariable(REVIEW_PERIOD, start + " 至 " + end + (quarterEnded ? "（含第" + (month.getMonthValue() / 3)
                + "季度）" : ""));
        execution.setVariable(BEHIND_COUNT, behind.size());
        execution.setVariable(BEHIND_TEXT, listed(behind));
    }

    /** The engine keeps a text variable in at most 4000 characters: a long list names how many more there are. */
    static String listed(List<String> behind) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < behind.size(); i++) {
            String line = (text.isEmpty() ? "" : "\n") + behind.get(i);
            String rest = "\n……另有" + (behind.size() - i) + "名干部未达标，完整名单见考核排名（干部下基层）";
            if (text.length() + line.length() + rest.length() > 3900) {
                return text.append(rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    /** 督促下基层: what the supervision office did about it. */
    public void urged(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            CaseInput.requiredText(execution, URGE_NOTE, 2000);
        }
    }

    private List<String> quarterShortfall(Cadre cadre, VisitPolicy.Quota quota, LocalDate from, LocalDate to) {
        List<String> shortfall = new ArrayList<>();
        if (quota.everyTypePerQuarter()) {
            Set<String> done = new LinkedHashSet<>(jdbc.queryForList("""
                    SELECT DISTINCT visit_type FROM visit_register WHERE cadre = ? AND actual_date BETWEEN ? AND ?""",
                    String.class, cadre.id(), Date.valueOf(from), Date.valueOf(to)));
            List<String> missing = new ArrayList<>();
            for (Channel type : Channel.values()) {
                if (!done.contains(type.name())) {
                    missing.add(VisitTypes.label(type.name()));
                }
            }
            if (!missing.isEmpty()) {
                shortfall.add("本季度未开展" + String.join("、", missing));
            }
        }
        int petitionDays = count("""
                SELECT COUNT(DISTINCT actual_date) FROM visit_register
                WHERE cadre = ? AND visit_type = 'PETITION' AND actual_date BETWEEN ? AND ?""", cadre.id(), from, to);
        if (petitionDays < quota.petitionDaysPerQuarter()) {
            shortfall.add("本季度信访接待" + petitionDays + "天，应不少于" + quota.petitionDaysPerQuarter() + "天");
        }
        return shortfall;
    }

    private void keep(Cadre cadre, LocalDate start, LocalDate end, int visits, int required, List<String> shortfall) {
        jdbc.update("DELETE FROM quota_review WHERE period_start = ? AND period_end = ? AND cadre = ?",
                Date.valueOf(start), Date.valueOf(end), cadre.id());
        jdbc.update("""
                INSERT INTO quota_review (period_start, period_end, cadre, cadre_rank, visits, required, behind,
                                          shortfall, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Date.valueOf(start), Date.valueOf(end), cadre.id(), cadre.rank().name(), visits, required,
                !shortfall.isEmpty(), shortfall.isEmpty() ? null : String.join("；", shortfall),
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    private int count(String sql, String cadre, LocalDate from, LocalDate to) {
        Integer count = jdbc.queryForObject(sql, Integer.class, cadre, Date.valueOf(from), Date.valueOf(to));
        return count == null ? 0 : count;
    }
}
