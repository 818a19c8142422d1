package cn.grassroots.cases.assessment;

import static cn.grassroots.cases.exports.Table.Kind.*;

import cn.grassroots.cases.exports.Table;

/** The assessment as sheets: 考核排名 (units) and 干部下基层 (cadres), in Chinese. */
final class AssessmentTables {

    static final Table<UnitFigures> UNITS = Table.<UnitFigures>named("考核排名")
            .column("排名", 6, NUMBER, UnitFigures::rank)
            .text("单位", 22, UnitFigures::unitName)
            .column("案件数", 8, NUMBER, UnitFigures::cases)
            .column("交办次数", 8, NUMBER, UnitFigures::handovers)
            .column("按时响应", 8, NUMBER, UnitFigures::answeredInTime)
            .column("退单", 6, NUMBER, UnitFigures::returned)
            .column("已办结", 8, NUMBER, UnitFigures::closed)
            .column("按期办结", 8, NUMBER, UnitFigures::closedOnTime)
            .column("已解决", 8, NUMBER, UnitFigures::resolved)
            .column("已评价", 8, NUMBER, UnitFigures::rated)
            .column("满意", 6, NUMBER, UnitFigures::satisfied)
            .column("基本满意", 8, NUMBER, UnitFigures::basicallySatisfied)
            .column("不满意", 8, NUMBER, UnitFigures::dissatisfied)
            .column("重办", 6, NUMBER, UnitFigures::redone)
            .column("逾期", 6, NUMBER, UnitFigures::overdue)
            .column("督查室督办", 10, NUMBER, UnitFigures::supervised)
            .column("领导挂牌督办", 12, NUMBER, UnitFigures::leaderEscalated)
            .column("通报批评", 8, NUMBER, UnitFigures::noticed)
            .column("虚假办结", 8, NUMBER, UnitFigures::falseClosures)
            .column("响应率", 8, PERCENT, UnitFigures::responseRate)
            .column("按期办结率", 10, PERCENT, UnitFigures::onTimeRate)
            .column("解决率", 8, PERCENT, UnitFigures::resolutionRate)
            .column("满意率", 8, PERCENT, UnitFigures::satisfactionRate)
            .column("退单率", 8, PERCENT, UnitFigures::returnRate)
            .column("重办率", 8, PERCENT, UnitFigures::redoRate)
            .column("综合得分", 8, NUMBER, UnitFigures::score)
            .text("备注", 10, UnitFigures::note);

    static final Table<CadreFigures> CADRES = Table.<CadreFigures>named("干部下基层")
            .text("领导干部", 10, CadreFigures::cadreName)
            .text("职级", 12, CadreFigures::rankName)
            .column("下基层次数", 10, NUMBER, CadreFigures::visits)
            .column("宣传政策", 8, NUMBER, cadre -> cadre.visitsByType().get("PUBLICIZE"))
            .column("调查研究", 8, NUMBER, cadre -> cadre.visitsByType().get("RESEARCH"))
            .column("信访接待", 8, NUMBER, cadre -> cadre.visitsByType().get("PETITION"))
            .column("现场办公", 8, NUMBER, cadre -> cadre.visitsByType().get("ONSITE"))
            .column("接访天数", 8, NUMBER, CadreFigures::petitionDays)
            .column("按月应下基层", 12, NUMBER, CadreFigures::owedVisits)
            .column("收集问题", 8, NUMBER, CadreFigures::issuesRaised)
            .column("当场解决", 8, NUMBER, CadreFigures::solvedOnSpot)
            .column("已解决", 8, NUMBER, CadreFigures::resolved)
            .column("满意率", 8, PERCENT, CadreFigures::satisfactionRate)
            .text("是否达标", 8, cadre -> cadre.behind() ? "未达标" : "达标")
            .text("未达标情况", 60, cadre -> String.join("；", cadre.shortfalls()));

    private AssessmentTables() {
    }
}
