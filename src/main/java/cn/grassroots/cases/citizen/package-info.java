/**
 * The reporter's side: the receipt of a registration with its query code ({@code /receipt/{caseNumber}}), and the
 * anonymous progress lookup by case number and code ({@code /public/cases/{caseNumber}?code=}, page {@code /public/}),
 * which shows the stage, the responsible unit, the deadline with its extensions and the reply, never who reported,
 * internal notes, 督办 texts or the unit an accusation is about.
 */
package cn.grassroots.cases.citizen;
