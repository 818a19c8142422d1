package cn.grassroots.cases.system;

import org.camunda.bpm.engine.impl.context.Context;

/** Who is taking the engine's current step: the person completing a task or calling the API, or the engine itself. */
public final class CurrentUser {

    /** Recorded for the engine's own steps (timers, the job executor). */
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    /** The authenticated user of the current engine command, {@link #SYSTEM} when there is none. */
    public static String inCommand() {
        var context = Context.getCommandContext();
        String user = context == null ? null : context.getAuthenticatedUserId();
        return user == null ? SYSTEM : user;
    }
}
