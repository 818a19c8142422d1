package cn.grassroots.cases.ledger;

import static cn.grassroots.cases.exports.Table.Kind.*;

import cn.grassroots.cases.exports.Table;

/** The ledger as a sheet: 问题清单, its columns in Chinese. */
final class LedgerTable {

    static final Table<LedgerRow> TABLE = Table.<LedgerRow>named("问题清单")
            .text("案件编号", 16, LedgerRow::caseNumber)
            .text("问题标题", 40, LedgerRow::title)
            .text("来源渠道", 14, LedgerRow::channelName)
            .text("问题类别", 16, LedgerRow::categoryName)
            .text("紧急程度", 8, LedgerRow::urgencyName)
            .text("发生地点", 20, LedgerRow::location)
            .text("所在镇村", 16, LedgerRow::placeName)
            .text("所属乡镇", 16, LedgerRow::townName)
            .text("下基层活动", 16, LedgerRow::visitNumber)
            .text("领导干部", 10, LedgerRow::cadreName)
            .text("责任单位", 18, LedgerRow::responsibleUnitName)
            .text("责任人", 10, LedgerRow::responsiblePersonName)
            .text("解决路径", 14, LedgerRow::resolutionPathName)
            .text("状态", 8, LedgerRow::statusName)
            .column("当场解决", 8, FLAG, LedgerRow::resolvedOnSpot)
            .column("登记时间", 17, TIME, LedgerRow::registeredAt)
            .column("分办时间", 17, TIME, LedgerRow::sortedAt)
            .column("签收时间", 17, TIME, LedgerRow::signedOffAt)
            .column("按时签收", 8, FLAG, LedgerRow::signedOffOnTime)
            .column("提交办理结果", 17, TIME, LedgerRow::resolvedAt)
            .column("按期办结", 8, FLAG, LedgerRow::resolvedOnTime)
            .column("审核通过", 17, TIME, LedgerRow::reviewedAt)
            .column("回访时间", 17, TIME, LedgerRow::callbackAt)
            .column("办结时间", 17, TIME, LedgerRow::closedAt)
            .column("原定期限", 11, DAY, LedgerRow::originalDueDate)
            .column("现办理期限", 11, DAY, LedgerRow::dueDate)
            .column("延期天数", 8, NUMBER, LedgerRow::extensionDays)
            .column("退单次数", 8, NUMBER, LedgerRow::returnCount)
            .column("退回重办次数", 10, NUMBER, LedgerRow::sendBackCount)
            .column("重办次数", 8, NUMBER, LedgerRow::reopenCount)
            .text("最高督办级别", 12, LedgerRow::highestLevelName)
            .column("督办次数", 8, NUMBER, LedgerRow::superviseCount)
            .column("挂牌督办次数", 10, NUMBER, LedgerRow::leaderCount)
            .column("通报次数", 8, NUMBER, LedgerRow::noticeCount)
            .text("满意度", 10, LedgerRow::satisfactionName)
            .text("办理结果", 14, LedgerRow::outcomeName)
            .column("逾期", 6, FLAG, LedgerRow::overdue);

    private LedgerTable() {
    }
}
