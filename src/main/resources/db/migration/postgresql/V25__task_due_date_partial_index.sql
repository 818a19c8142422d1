-- Tasklist opens every list soonest deadline first (issue 15). With a plain index of the deadline, PostgreSQL answered
-- a page whose tasks come late in deadline order (the leaders' 领导待办 at 100,000 open cases) by walking the whole
-- index and checking each task's candidates: 600–780 ms. An index of the tasks that have a deadline still serves
-- 已逾期 and 即将到期 (their ranges imply one) but cannot order a list without a range, which PostgreSQL then takes
-- from its candidates and sorts: 98 ms for the same page (issue 12, ADR 0006).
DROP INDEX IF EXISTS ix_act_ru_task_due_date;
CREATE INDEX IF NOT EXISTS ix_act_ru_task_due_date_set ON act_ru_task (due_date_) WHERE due_date_ IS NOT NULL;
