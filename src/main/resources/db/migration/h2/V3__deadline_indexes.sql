-- Indexes for the deadline queries (see docs/adr/0002-deadline-indexes.md). H2 has no partial indexes.
CREATE INDEX ix_case_watch_open_due ON case_watch (closed_at, due_date);
CREATE INDEX IF NOT EXISTS ix_act_ru_task_due_date ON act_ru_task (due_date_);
