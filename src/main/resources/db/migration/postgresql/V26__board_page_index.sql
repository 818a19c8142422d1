-- The overdue board's page is ordered by deadline, then case number (issue 12). With an index of the deadline alone,
-- PostgreSQL read every open case sharing the first deadlines (1,178 rows and a ledger look-up each for a page of
-- 100 at 100,000 open cases: 35 ms); with both columns it stops after the page's rows (4 ms).
DROP INDEX IF EXISTS ix_case_watch_open_due;
CREATE INDEX IF NOT EXISTS ix_case_watch_open_due ON case_watch (due_date, case_number) WHERE closed_at IS NULL;
