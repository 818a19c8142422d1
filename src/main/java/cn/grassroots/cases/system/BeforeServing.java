package cn.grassroots.cases.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link BeforeServingEvent} in the lifecycle phase just before the embedded web server's: Spring Boot
 * binds the port only when that phase starts, so nothing is served until every listener has run (issue 9: the
 * "no administrator" refusal used to run after Tomcat served, leaving Camunda's first-admin setup open).
 */
@Component
class BeforeServing implements SmartLifecycle {

    /** Lower phases start first; the web server starts at {@code DEFAULT_PHASE - 2048}. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final ApplicationEventPublisher events;
    private volatile boolean running;

    BeforeServing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void start() {
        events.publishEvent(new BeforeServingEvent(this));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
