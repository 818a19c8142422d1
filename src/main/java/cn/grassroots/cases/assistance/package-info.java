/**
 * 协办: units that assist the responsible unit (主办单位) with a case. The dispatch office names them when it sorts the
 * case; each gets the case to read and a 协办 task ({@code processes/case-assistance.bpmn}) once the responsible unit has
 * signed it off, and its part reaches the responsible unit's 办理 and the review.
 */
package cn.grassroots.cases.assistance;
