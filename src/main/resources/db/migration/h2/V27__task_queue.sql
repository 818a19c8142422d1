-- The queues Tasklist pages through (see the PostgreSQL migration of the same number). H2 runs its triggers in Java:
-- TaskQueueTriggers keeps the table as PostgreSQL's trigger functions do.
CREATE TABLE IF NOT EXISTS task_queue (
    link_id   varchar(64)  NOT NULL PRIMARY KEY,
    task_id   varchar(64)  NOT NULL,
    candidate varchar(300) NOT NULL,
    due_date  timestamp    NULL,
    created   timestamp    NULL,
    assigned  boolean      NOT NULL,
    suspended boolean      NOT NULL,
    task_key  varchar(255) NULL,
    proc_def_id varchar(64) NULL,
    assignee  varchar(255) NULL
);
CREATE INDEX IF NOT EXISTS ix_task_queue_candidate ON task_queue (candidate, due_date, task_id);
CREATE INDEX IF NOT EXISTS ix_task_queue_task ON task_queue (task_id);

CREATE TRIGGER IF NOT EXISTS task_queue_link_changed AFTER INSERT, UPDATE, DELETE ON ACT_RU_IDENTITYLINK
    FOR EACH ROW CALL 'cn.grassroots.cases.organization.TaskQueueTriggers';
CREATE TRIGGER IF NOT EXISTS task_queue_task_changed AFTER UPDATE, DELETE ON ACT_RU_TASK
    FOR EACH ROW CALL 'cn.grassroots.cases.organization.TaskQueueTriggers';

INSERT INTO task_queue (link_id, task_id, candidate, due_date, created, assigned, suspended, task_key, proc_def_id,
                        assignee)
SELECT l.ID_, t.ID_, CASE WHEN l.GROUP_ID_ IS NOT NULL THEN 'g:' || l.GROUP_ID_ ELSE 'u:' || l.USER_ID_ END,
       t.DUE_DATE_, t.CREATE_TIME_, t.ASSIGNEE_ IS NOT NULL, t.SUSPENSION_STATE_ = 2, t.TASK_DEF_KEY_, t.PROC_DEF_ID_,
       t.ASSIGNEE_
FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_
WHERE l.TYPE_ = 'candidate' AND (l.GROUP_ID_ IS NOT NULL OR l.USER_ID_ IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM task_queue q WHERE q.link_id = l.ID_);
