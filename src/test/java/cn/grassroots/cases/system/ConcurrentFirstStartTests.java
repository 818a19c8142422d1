package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import cn.grassroots.cases.FreshDatabase;
import cn.grassroots.cases.GrassrootsCasesApplication;
import cn.grassroots.cases.SeparateStart;

/**
 * Two nodes started at the same moment on an empty database (issue 9: the second exited with ENGINE-03015, PostgreSQL
 * refusing a type both created): both come up, on one schema, with one deployment of each model.
 */
class ConcurrentFirstStartTests {

    @Test
    void twoNodesStartedAtOnceOnAnEmptyDatabaseBothComeUp() throws Exception {
        // Two applications in one JVM would set up the JVM's logging at the same instant and collide inside Logback
        // (a race of this test's, not of a county's nodes, which are separate JVMs): the suite's logging stays as is.
        String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        try (FreshDatabase database = FreshDatabase.create()) {
            CountDownLatch go = new CountDownLatch(1);
            for (int node = 0; node < 2; node++) {
                nodes.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return SeparateStart.run(new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                            .profiles("test", "demo"), database);
                }));
            }
            go.countDown();
            try {
                List<ConfigurableApplicationContext> started = new ArrayList<>();
                for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                    started.add(node.get());
                }
                assertThat(started).allMatch(ConfigurableApplicationContext::isRunning);
                var repository = started.get(0).getBean(org.camunda.bpm.engine.RepositoryService.class);
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("IssueHandlingProcess")
                        .count()).isEqualTo(1);
            } finally {
                // every node that came up is stopped, also when the other one failed
                for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                    ConfigurableApplicationContext context = node.handle((started, failed) -> started).join();
                    if (context != null) {
                        context.close();
                    }
                }
            }
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
