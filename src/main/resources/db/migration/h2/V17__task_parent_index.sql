-- Completing or deleting a task asks for its sub-tasks (see the PostgreSQL version).
CREATE INDEX IF NOT EXISTS ix_act_ru_task_parent ON act_ru_task (parent_task_id_);
