package cn.grassroots.cases.system;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Executing a job by hand ({@code POST /job/{id}/execute}, Cockpit, Java) checks the caller's right first, in a
 * command of its own. Camunda checks it inside the job's execution, so a refused call counted as a failure of the
 * job: three 403s used up a deadline timer's retries and left the case never escalated (issue 9, item 3). A refused
 * call now never touches the job.
 */
class GuardedManagementService extends ManagementServiceImpl {

    GuardedManagementService(ProcessEngineConfigurationImpl configuration) {
        super(configuration);
    }

    @Override
    public void executeJob(String jobId) {
        commandExecutor.execute(new CheckJobExecution(jobId));
        super.executeJob(jobId);
    }

    private record CheckJobExecution(String jobId) implements Command<Void> {
        @Override
        public Void execute(CommandContext commandContext) {
            JobEntity job = jobId == null ? null : commandContext.getJobManager().findJobById(jobId);
            if (job != null) {
                for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkUpdateJob(job);
                }
            }
            return null;
        }
    }
}
