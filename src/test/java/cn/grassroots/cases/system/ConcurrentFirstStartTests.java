package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        try (FreshDatabase database = FreshDatabase.create()) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                nodes.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return SeparateStart.run(new SpringApplicationBuilder(GrassrootsCasesApplication.class)
                            .profiles("test", "demo"), database);
                }));
            }
            go.countDown();
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            try {
                for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                    started.add(node.get());
                }
                assertThat(started).allMatch(ConfigurableApplicationContext::isRunning);
                var repository = started.get(0).getBean(org.camunda.bpm.engine.RepositoryService.class);
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("IssueHandlingProcess")
                        .count()).isEqualTo(1);
            } finally {
                started.forEach(ConfigurableApplicationContext::close);
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
