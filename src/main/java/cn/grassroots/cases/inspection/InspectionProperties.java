package cn.grassroots.cases.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supervision rounds, spot checks and campaigns ({@code grassroots.inspection.*}). The schedules
 * themselves are the timer start events of the models (first working day of the month for the round; a random
 * moment in each month for the spot check).
 *
 * @param overdueThreshold   a unit with at least this many cases overdue or escalated in the month is named in the
 *                           draft notice (the office may name others or none)
 * @param feedbackDays       working days a named unit has for its 整改反馈
 * @param superviseDays      working days the supervision office has for a 督办 or 通报 task of the rounds
 * @param sharePercent       share of the cases closed as resolved in the period a spot check samples, per unit
 * @param minimumPerUnit     at least this many cases of each unit with closed cases are sampled (all if fewer)
 * @param lookBackDays       working days for one 回头看 task
 * @param reportDays         working days after a campaign's last day for its closing report
 */
@ConfigurationProperties("grassroots.inspection")
public record InspectionProperties(
        @DefaultValue("1") int overdueThreshold,
        @DefaultValue("10") int feedbackDays,
        @DefaultValue("2") int superviseDays,
        @DefaultValue("10") int sharePercent,
        @DefaultValue("1") int minimumPerUnit,
        @DefaultValue("10") int lookBackDays,
        @DefaultValue("5") int reportDays) {
}
