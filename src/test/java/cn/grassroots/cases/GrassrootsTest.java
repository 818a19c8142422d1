package cn.grassroots.cases;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo organisation (but no demo cases) and the job executor
 * off, so tests step every asynchronous continuation and timer themselves. All tests share one context (a second
 * application context in the same JVM would take over the engine the first one's filters look up), with metrics
 * export on as in production, so {@code /actuator/prometheus} is there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"test", "demo"})
public @interface GrassrootsTest {
}
