-- See the PostgreSQL version (H2 has no partial indexes).
CREATE INDEX IF NOT EXISTS ix_act_ru_job_locked ON act_ru_job (process_instance_id_, lock_owner_);
