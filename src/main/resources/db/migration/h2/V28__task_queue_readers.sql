-- Who may read a queued task without its candidates (see the PostgreSQL migration of the same number).
ALTER TABLE task_queue ADD COLUMN IF NOT EXISTS proc_def_id varchar(64) NULL;
ALTER TABLE task_queue ADD COLUMN IF NOT EXISTS assignee varchar(255) NULL;
UPDATE task_queue q SET proc_def_id = (SELECT t.PROC_DEF_ID_ FROM ACT_RU_TASK t WHERE t.ID_ = q.task_id),
    assignee = (SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t WHERE t.ID_ = q.task_id);
