package cn.grassroots.cases;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application a second time in the test JVM, on its own database, as a county's server starts: for tests
 * of start-up itself. Its engine gets a name of its own, so the suite's shared application keeps the engine the
 * webapps and REST API find by the name "default" (which is also why tests use this application's engine through its
 * beans: its engine REST API would answer with the shared engine). It runs without the Camunda webapps.
 */
public final class SeparateStart {

    private SeparateStart() {
    }

    public static ConfigurableApplicationContext run(SpringApplicationBuilder application, FreshDatabase database,
            String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0",
                // the Camunda webapps keep their runtime in static fields, which a stopping web server sets to null:
                // with them, the suite's shared application would answer 500 to every webapp call afterwards
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        all.addAll(List.of(arguments));
        return application.run(all.toArray(String[]::new));
    }
}
