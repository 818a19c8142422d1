-- Who may read a queued task without its candidates (issue 12, ADR 0006 fifth pass): the supervising offices' 已逾期
-- lists every group's late tasks, which they read through their standing grant on a task's process (READ_TASK) or as
-- its assignee. The queue keeps both, so that list is read from it too.
ALTER TABLE task_queue ADD COLUMN IF NOT EXISTS proc_def_id varchar(64) NULL;
ALTER TABLE task_queue ADD COLUMN IF NOT EXISTS assignee varchar(255) NULL;

CREATE OR REPLACE FUNCTION task_queue_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        DELETE FROM task_queue WHERE link_id = OLD.id_;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.task_id_ IS NOT NULL AND NEW.type_ = 'candidate'
            AND (NEW.group_id_ IS NOT NULL OR NEW.user_id_ IS NOT NULL) THEN
        INSERT INTO task_queue (link_id, task_id, candidate, due_date, created, assigned, suspended, task_key,
                                proc_def_id, assignee)
        SELECT NEW.id_, t.id_, CASE WHEN NEW.group_id_ IS NOT NULL THEN 'g:' || NEW.group_id_ ELSE 'u:' || NEW.user_id_ END,
               t.due_date_, t.create_time_, t.assignee_ IS NOT NULL, t.suspension_state_ = 2, t.task_def_key_,
               t.proc_def_id_, t.assignee_
        FROM act_ru_task t WHERE t.id_ = NEW.task_id_;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION task_queue_task_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM task_queue WHERE task_id = OLD.id_;
    ELSE
        UPDATE task_queue SET due_date = NEW.due_date_, created = NEW.create_time_, assigned = NEW.assignee_ IS NOT NULL,
               suspended = NEW.suspension_state_ = 2, task_key = NEW.task_def_key_, proc_def_id = NEW.proc_def_id_,
               assignee = NEW.assignee_
        WHERE task_id = NEW.id_;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS task_queue_task_updated ON act_ru_task;
CREATE TRIGGER task_queue_task_updated AFTER UPDATE ON act_ru_task
    FOR EACH ROW WHEN (OLD.due_date_ IS DISTINCT FROM NEW.due_date_ OR OLD.assignee_ IS DISTINCT FROM NEW.assignee_
        OR OLD.suspension_state_ IS DISTINCT FROM NEW.suspension_state_ OR OLD.create_time_ IS DISTINCT FROM NEW.create_time_
        OR OLD.task_def_key_ IS DISTINCT FROM NEW.task_def_key_ OR OLD.proc_def_id_ IS DISTINCT FROM NEW.proc_def_id_)
    EXECUTE FUNCTION task_queue_task_changed();

UPDATE task_queue q SET proc_def_id = t.proc_def_id_, assignee = t.assignee_ FROM act_ru_task t WHERE t.id_ = q.task_id;
ANALYZE task_queue;
