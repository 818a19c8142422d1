/**
 * The issue-handling process (processes/issue-handling.bpmn): deadline policy, calendar, delegates and the
 * listeners that check each task's submission.
 * <p>
 * Submissions are checked by execution listeners on the user task's {@code end} event rather than task
 * listeners on {@code complete}: the engine passes an execution listener's exception through unchanged, so an
 * {@link cn.grassroots.cases.handling.InvalidCaseInputException} reaches the REST API (and Tasklist) as a 400
 * naming the field, where a task listener's would be wrapped into a 500. Cancelled tasks are not checked.
 */
package cn.grassroots.cases.handling;
