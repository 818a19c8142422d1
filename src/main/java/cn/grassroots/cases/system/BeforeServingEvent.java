package cn.grassroots.cases.system;

import org.springframework.context.ApplicationEvent;

/**
 * Published once the engine is built and its processes deployed, and before the web server accepts its first
 * connection. Start-up work that the system must have done before anybody can call it listens to this event
 * instead of {@code ApplicationReadyEvent}: refusals to start, the organisation file, the grants and filters
 * derived from it, the demo data. An exception in a listener stops start-up with the port never opened.
 */
public class BeforeServingEvent extends ApplicationEvent {

    public BeforeServingEvent(Object source) {
        super(source);
    }
}
