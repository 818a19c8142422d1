package cn.grassroots.cases.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.grassroots.cases.GrassrootsTest;

/**
 * Work deferred to the end of an engine command (the case number, taken last so that its counter row is locked only
 * while the start is written and committed) runs after everything else the command does, in the order it was
 * deferred, and not at all when the command fails.
 */
@GrassrootsTest
class AtCommandEndTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void deferredWorkRunsAfterTheRestOfTheCommandInItsOrder() {
        List<String> steps = new ArrayList<>();

        commands().execute(context -> {
            AtCommandEnd.run(() -> steps.add("number"));
            AtCommandEnd.run(() -> steps.add("ledger row"));
            steps.add("process steps");
            return null;
        });

        assertThat(steps).containsExactly("process steps", "number", "ledger row");
    }

    @Test
    void aFailedCommandRunsNoDeferredWork() {
        List<String> steps = new ArrayList<>();

        assertThatThrownBy(() -> commands().execute(context -> {
            AtCommandEnd.run(() -> steps.add("number"));
            throw new IllegalStateException("the start failed");
        })).hasMessageContaining("the start failed");

        assertThat(steps).isEmpty();
    }

    private CommandExecutor commands() {
        return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }
}
