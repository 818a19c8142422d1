-- Indexes for the deadline queries (see docs/adr/0002-deadline-indexes.md).
-- The overdue board: open cases that are warned or overdue, by deadline. A partial index holds only open
-- cases, so it stays small however many closed cases accumulate.
CREATE INDEX ix_case_watch_open_due ON case_watch (due_date) WHERE closed_at IS NULL;
-- Tasklist filters 已逾期 and 即将到期 query open tasks by due date (dueBefore / dueAfter).
CREATE INDEX IF NOT EXISTS ix_act_ru_task_due_date ON act_ru_task (due_date_);
