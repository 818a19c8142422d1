-- See the PostgreSQL version (H2 has no partial indexes).
CREATE INDEX IF NOT EXISTS ix_case_ledger_open_alike ON case_ledger (category, town, registered_at DESC);
