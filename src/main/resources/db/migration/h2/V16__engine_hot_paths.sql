-- Indexes for two queries the engine runs all the time (see the PostgreSQL version; H2 has no partial indexes).
CREATE INDEX IF NOT EXISTS ix_act_ru_authorization_revokes ON act_ru_authorization (type_);
CREATE INDEX IF NOT EXISTS ix_act_ru_job_acquirable ON act_ru_job (duedate_);
-- jobs made before every job had a due date: due now, as they were
UPDATE act_ru_job SET duedate_ = CURRENT_TIMESTAMP WHERE duedate_ IS NULL;
