-- Deadline timers the engine has stopped: their job failed until no retry was left (a failedJob incident), so the
-- warning, overdue or escalation step will not come until somebody retries it. Kept by the engine's incident
-- handling in the same transaction; the overdue board and the metrics read it.
CREATE TABLE stopped_timer (
    job_id              VARCHAR(64)  PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    activity_id         VARCHAR(255) NOT NULL,
    timer_name          VARCHAR(255),
    stopped_at          TIMESTAMP    NOT NULL
);

CREATE INDEX ix_stopped_timer_instance ON stopped_timer (process_instance_id);

-- timers already stopped when this version is installed
INSERT INTO stopped_timer (job_id, process_instance_id, activity_id, timer_name, stopped_at)
SELECT j.ID_, j.PROCESS_INSTANCE_ID_, i.ACTIVITY_ID_, i.ACTIVITY_ID_, i.INCIDENT_TIMESTAMP_
FROM ACT_RU_INCIDENT i JOIN ACT_RU_JOB j ON j.ID_ = i.CONFIGURATION_
WHERE i.INCIDENT_TYPE_ = 'failedJob' AND j.TYPE_ = 'timer' AND j.PROCESS_INSTANCE_ID_ IS NOT NULL;
