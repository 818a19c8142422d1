package cn.grassroots.cases.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The briefing in the cadre's task form is a text variable, which the engine keeps in at most 4000 characters: a place
 * with many open cases (a year of them) lists the most urgent and says how many more there are, and planning a visit
 * there does not fail.
 */
class VisitBriefingTextTests {

    @Test
    void aPlaceWithManyCasesGetsABriefingThatFitsTheTaskForm() {
        List<VisitBriefings.PlaceCase> open = IntStream.rangeClosed(1, 80).mapToObj(n -> new VisitBriefings.PlaceCase(
                "SX-2026-%06d".formatted(n), "【演示】村道路面坑洼破损，雨天积水，车辆和行人通行困难" + n, "县交通运输局",
                "2026-12-28", n < 10, 1, null, null)).toList();
        List<VisitBriefings.PlaceCase> closed = IntStream.rangeClosed(1, 40).mapToObj(n -> new VisitBriefings.PlaceCase(
                "SX-2025-%06d".formatted(n), "灌溉渠道淤塞" + n, "县水利局", null, false, 0, "SATISFIED", "2026-03-01"))
                .toList();
        List<VisitBriefings.EarlierVisit> visits = IntStream.rangeClosed(1, 12).mapToObj(n ->
                new VisitBriefings.EarlierVisit("HD-2026-%06d".formatted(n), "2026-0" + (n % 9 + 1) + "-01", "张伟",
                        "现场办公", "农村饮水安全现场办公", 3, 1)).toList();

        String text = VisitBriefings.text(new VisitBriefings.Briefing("HD-2026-000099", "unit-town-qingshan",
                "青山镇人民政府", "2026-11-27", open, closed, visits));

        assertThat(text.length()).isLessThanOrEqualTo(4000);
        assertThat(text).contains("一、未办结的问题（80件，逾期的在前）", "1. SX-2026-000001", "15. SX-2026-000015",
                "……另有65件，完整清单见问题清单", "……另有30件", "……另有7次");
        assertThat(text).doesNotContain("SX-2026-000016 ");
    }

    @Test
    void aQuietPlaceSaysSo() {
        String text = VisitBriefings.text(new VisitBriefings.Briefing("HD-2026-000100", "unit-town-baishui",
                "白水镇人民政府", "2026-11-27", List.of(), List.of(), List.of()));

        assertThat(text).contains("一、未办结的问题（0件，逾期的在前）\n（无）", "二、近期已办结的问题（0件）\n（无）",
                "三、以往下基层活动（0次）\n（无）").doesNotContain("另有");
    }

    @Test
    void aLongListOfCadresBehindQuotaFitsTheUrgingTask() {
        List<String> behind = IntStream.rangeClosed(1, 200)
                .mapToObj(n -> "干部" + n + "（乡镇领导）：10月下基层0次，应不少于2次；本季度信访接待0天，应不少于2天").toList();

        String text = VisitQuota.listed(behind);

        assertThat(text.length()).isLessThanOrEqualTo(4000);
        assertThat(text).startsWith("干部1（乡镇领导）").contains("名干部未达标，完整名单见考核排名");
        assertThat(VisitQuota.listed(behind.subList(0, 3))).isEqualTo(String.join("\n", behind.subList(0, 3)));
    }
}
