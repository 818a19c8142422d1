-- Indexes for two queries the engine runs all the time (issue 12, measured by bench/run; ADR 0010).
-- 1. Every authorization check first asks whether the user or one of his groups has any REVOKE authorization
--    (TYPE_ = 2; there normally is none). With per-task grants the table holds a row per open task and group, and
--    the OR of user and groups made PostgreSQL read all of it for every check. Only revokes are indexed here.
CREATE INDEX IF NOT EXISTS ix_act_ru_authorization_revokes ON act_ru_authorization (type_) WHERE type_ = 2;
-- 2. Job acquisition, every few seconds on every node: due jobs in due-date order (job-executor-acquire-by-due-date,
--    ensure-job-due-date-not-null in application.yaml). Only jobs that can be acquired are indexed.
CREATE INDEX IF NOT EXISTS ix_act_ru_job_acquirable ON act_ru_job (duedate_) WHERE retries_ > 0 AND suspension_state_ = 1;
-- jobs made before every job had a due date: due now, as they were
UPDATE act_ru_job SET duedate_ = CURRENT_TIMESTAMP WHERE duedate_ IS NULL;
