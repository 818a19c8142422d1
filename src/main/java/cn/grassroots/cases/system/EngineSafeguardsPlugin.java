package cn.grassroots.cases.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * What a person may change through the engine, whatever the client (issue 9):
 * <ul>
 * <li>a task's candidates and assignee get {@code TASK_WORK} on it (read, claim, complete), not Camunda's default
 * {@code UPDATE}, which also lets them write its variables, add candidates, reassign it and move its due date;</li>
 * <li>a submission sets only its form's fields ({@link FormSubmissionGuard});</li>
 * <li>a refused input is kept with its request for the engine REST API's answer ({@link InputRefusals});</li>
 * <li>executing a job by hand is refused before the job is touched ({@link GuardedManagementService});</li>
 * <li>failed logins are slowed down per user and per address, never locked for good ({@link LoginThrottle});</li>
 * <li>every password a person sets follows one policy ({@link PasswordRules}).</li>
 * </ul>
 */
@Component
class EngineSafeguardsPlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle loginThrottle;

    EngineSafeguardsPlugin(LoginThrottle loginThrottle) {
        this.loginThrottle = loginThrottle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new ThrottledIdentityService(loginThrottle));
        // Camunda's own lock (a growing delay, then for good after ten failures) gives way to the throttle
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
        // one policy for every password a person sets (enable-password-policy: off in the demo only)
        configuration.setPasswordPolicy(new PasswordRules());
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        addFirst(configuration, new FormSubmissionGuard(configuration));
        addFirst(configuration, new InputRefusals());
        configuration.setManagementService(new GuardedManagementService(configuration));
    }

    private static void addFirst(ProcessEngineConfigurationImpl configuration, CommandInterceptor guard) {
        var txRequired = new ArrayList<CommandInterceptor>();
        txRequired.add(guard);
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            txRequired.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(txRequired);
    }
}
