-- Completing or deleting a task asks for its sub-tasks (PARENT_TASK_ID_ = ?), which Camunda does not index: with
-- 25,000 open tasks that read the whole task table, 7.9 ms a task (bench/run, pg_stat_statements; ADR 0010). There are
-- no sub-tasks here, so the partial index stays empty.
CREATE INDEX IF NOT EXISTS ix_act_ru_task_parent ON act_ru_task (parent_task_id_) WHERE parent_task_id_ IS NOT NULL;
