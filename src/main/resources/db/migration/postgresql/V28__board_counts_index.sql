-- The overdue board's head counts (BoardCounts: open cases on the board by unit, level and state) read from an index
-- of the board's rows alone, without visiting the table: at 100,000 open cases the count went from 49 ms (a scan of
-- every watched case) to 16 ms in its plan after a vacuum (issue 12, ADR 0002). The cases on the board only because a
-- deadline timer stopped are few and found through stopped_timer.
CREATE INDEX IF NOT EXISTS ix_case_watch_board_counts
    ON case_watch (responsible_unit, escalation_level, overdue, warning, process_instance_id)
    WHERE closed_at IS NULL AND (overdue = TRUE OR warning = TRUE);
