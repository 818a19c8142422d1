-- The overdue board's page is ordered by deadline, then case number (see the PostgreSQL migration of the same number).
DROP INDEX IF EXISTS ix_case_watch_open_due;
CREATE INDEX IF NOT EXISTS ix_case_watch_open_due ON case_watch (closed_at, due_date, case_number);
