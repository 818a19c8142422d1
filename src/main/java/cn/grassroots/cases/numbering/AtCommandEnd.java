package cn.grassroots.cases.numbering;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;

/**
 * Work deferred to the end of the engine command that is running: after its process steps and listeners, before the
 * engine writes its rows and the transaction commits. A counter row taken there (a gap-free number) stays locked only
 * for the write and the commit, not for the whole command. Deferred work runs in the order it was deferred, and not
 * at all when the command fails.
 */
public final class AtCommandEnd {

    private AtCommandEnd() {
    }

    public static void run(Runnable work) {
        Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext commandContext) {
                work.run();
            }

            @Override
            public void onCommandFailed(CommandContext commandContext, Throwable t) {
                // nothing was taken: the transaction rolls back
            }
        });
    }
}
