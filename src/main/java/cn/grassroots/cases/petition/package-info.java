/**
 * 信访事项复查、复核: after a petition case (信访接待) closes, its reporter may ask for 复查 within the policy's window,
 * handled by the reviewing organ within its limit; then 复核 likewise, whose opinion is final. Windows, limits and the
 * organ are policy data ({@code processes/petition-review-policy.dmn}); each request runs
 * {@code processes/petition-review.bpmn}.
 */
package cn.grassroots.cases.petition;
