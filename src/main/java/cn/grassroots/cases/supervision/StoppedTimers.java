package cn.grassroots.cases.supervision;

import java.sql.Timestamp;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Beside the engine's own handling of failed jobs: when a timer's job has failed until no retry is left, the timer
 * is recorded in {@code stopped_timer} (the board shows the case, the metrics count it); when somebody retries it or
 * the timer goes away, the record goes too. Runs in the engine's transaction.
 */
class StoppedTimers implements IncidentHandler {

    private final JdbcTemplate jdbc;
    private final BoardChanges board;

    StoppedTimers(JdbcTemplate jdbc, BoardChanges board) {
        this.jdbc = jdbc;
        this.board = board;
    }

    @Override
    public String getIncidentHandlerType() {
        return Incident.FAILED_JOB_HANDLER_TYPE;
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
        JobEntity job = Context.getCommandContext().getJobManager().findJobById(context.getConfiguration());
        if (job instanceof TimerEntity timer && timer.getProcessInstanceId() != null) {
            board.changed();
            jdbc.update("""
                    INSERT INTO stopped_timer (job_id, process_instance_id, activity_id, timer_name, stopped_at)
                    SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM stopped_timer WHERE job_id = ?)""",
                    timer.getId(), timer.getProcessInstanceId(), timer.getActivityId(), nameOf(timer),
                    new Timestamp(ClockUtil.getCurrentTime().getTime()), timer.getId());
        }
        return null; // the engine's own handler creates the incident
    }

    @Override
    public void resolveIncident(IncidentContext context) {
        forget(context);
    }

    @Override
    public void deleteIncident(IncidentContext context) {
        forget(context);
    }

    private void forget(IncidentContext context) {
        if (jdbc.update("DELETE FROM stopped_timer WHERE job_id = ?", context.getConfiguration()) > 0) {
            board.changed();
        }
    }

    private static String nameOf(TimerEntity timer) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(timer.getProcessDefinitionId());
        ActivityImpl activity = definition == null ? null : definition.findActivity(timer.getActivityId());
        Object name = activity == null ? null : activity.getName() != null ? activity.getName()
                : activity.getProperty("name");
        return name == null ? timer.getActivityId() : name.toString();
    }
}
