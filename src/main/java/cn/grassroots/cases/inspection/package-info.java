/**
 * 常态化专项督查及不定期督查检查: the monthly supervision round with its published notice and the named units' 整改反馈
 * ({@code processes/supervision-round.bpmn}), the random spot checks of cases closed as resolved (回头看,
 * {@code processes/spot-check.bpmn}) and the special campaigns on a category or place
 * ({@code processes/supervision-campaign.bpmn}). The engine runs each as a process and enforces its deadlines.
 */
package cn.grassroots.cases.inspection;
