package cn.grassroots.cases.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * In the {@code demo} profile, once the demo organisation file is synchronised: the demo cases and visits, once, on
 * an empty database.
 */
@Component
@Profile("demo")
class DemoData {

    private final DemoCases cases;
    private final DemoVisits visits;
    private final boolean loadCases;

    DemoData(DemoCases cases, DemoVisits visits, @Value("${grassroots.demo.load-cases:true}") boolean loadCases) {
        this.cases = cases;
        this.visits = visits;
        this.loadCases = loadCases;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    public void load() {
        if (loadCases && !cases.alreadyLoaded()) {
            cases.load();
        }
        if (loadCases && !visits.alreadyLoaded()) {
            visits.load();
        }
    }
}
