-- The queues Tasklist pages through (issue 12, ADR 0006 fifth pass): one row per candidate link of an open task, with
-- the task's deadline, creation time, assignee, suspension, task definition key and process, so that a
-- page of a person's own queue is read from one narrow table by candidate instead of joining every candidate link of
-- an office to the tasks and sorting them all. Kept by the database itself, in the engine's transaction, whatever
-- path changes a task or its candidates (the engine, Cockpit, the REST API, a deletion, history cleanup).
CREATE TABLE IF NOT EXISTS task_queue (
    link_id   varchar(64)  NOT NULL PRIMARY KEY,
    task_id   varchar(64)  NOT NULL,
    -- 'g:' and the group id, or 'u:' and the user id
    candidate varchar(300) NOT NULL,
    due_date  timestamp    NULL,
    created   timestamp    NULL,
    assigned  boolean      NOT NULL,
    suspended boolean      NOT NULL,
    task_key  varchar(255) NULL,
    -- who reads a task without being its candidate: a reader of its process's tasks (READ_TASK), its assignee
    proc_def_id varchar(64) NULL,
    assignee  varchar(255) NULL
);
CREATE INDEX IF NOT EXISTS ix_task_queue_candidate ON task_queue (candidate, due_date, task_id);
CREATE INDEX IF NOT EXISTS ix_task_queue_task ON task_queue (task_id);

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

DROP TRIGGER IF EXISTS task_queue_link_added ON act_ru_identitylink;
CREATE TRIGGER task_queue_link_added AFTER INSERT ON act_ru_identitylink
    FOR EACH ROW WHEN (NEW.task_id_ IS NOT NULL) EXECUTE FUNCTION task_queue_link_changed();
DROP TRIGGER IF EXISTS task_queue_link_updated ON act_ru_identitylink;
CREATE TRIGGER task_queue_link_updated AFTER UPDATE ON act_ru_identitylink
    FOR EACH ROW WHEN (OLD.task_id_ IS NOT NULL OR NEW.task_id_ IS NOT NULL) EXECUTE FUNCTION task_queue_link_changed();
DROP TRIGGER IF EXISTS task_queue_link_removed ON act_ru_identitylink;
CREATE TRIGGER task_queue_link_removed AFTER DELETE ON act_ru_identitylink
    FOR EACH ROW WHEN (OLD.task_id_ IS NOT NULL) EXECUTE FUNCTION task_queue_link_changed();
-- the engine rewrites every column of a task it updates: only what a queue shows or selects by counts
DROP TRIGGER IF EXISTS task_queue_task_updated ON act_ru_task;
CREATE TRIGGER task_queue_task_updated AFTER UPDATE ON act_ru_task
    FOR EACH ROW WHEN (OLD.due_date_ IS DISTINCT FROM NEW.due_date_ OR OLD.assignee_ IS DISTINCT FROM NEW.assignee_
        OR OLD.suspension_state_ IS DISTINCT FROM NEW.suspension_state_ OR OLD.create_time_ IS DISTINCT FROM NEW.create_time_
        OR OLD.task_def_key_ IS DISTINCT FROM NEW.task_def_key_ OR OLD.proc_def_id_ IS DISTINCT FROM NEW.proc_def_id_)
    EXECUTE FUNCTION task_queue_task_changed();

DROP TRIGGER IF EXISTS task_queue_task_removed ON act_ru_task;
CREATE TRIGGER task_queue_task_removed AFTER DELETE ON act_ru_task
    FOR EACH ROW EXECUTE FUNCTION task_queue_task_changed();

-- the open tasks of a database that existed before
INSERT INTO task_queue (link_id, task_id, candidate, due_date, created, assigned, suspended, task_key, proc_def_id,
                        assignee)
SELECT l.id_, t.id_, CASE WHEN l.group_id_ IS NOT NULL THEN 'g:' || l.group_id_ ELSE 'u:' || l.user_id_ END,
       t.due_date_, t.create_time_, t.assignee_ IS NOT NULL, t.suspension_state_ = 2, t.task_def_key_, t.proc_def_id_,
       t.assignee_
FROM act_ru_identitylink l JOIN act_ru_task t ON t.id_ = l.task_id_
WHERE l.type_ = 'candidate' AND (l.group_id_ IS NOT NULL OR l.user_id_ IS NOT NULL)
ON CONFLICT (link_id) DO NOTHING;
ANALYZE task_queue;
