-- The sort form's similar cases (并单) are the open cases of the same category and town, newest first. The index of
-- town and category held every case ever registered there, closed ones too, so each sort read them all and dropped
-- the closed (1,600 rows and 8.5 ms a sort in the benchmark, growing with every closed case). This one holds the
-- open ones only, in the order they are read (issue 12).
CREATE INDEX IF NOT EXISTS ix_case_ledger_open_alike ON case_ledger (category, town, registered_at DESC)
    WHERE closed_at IS NULL AND merged_into IS NULL;
