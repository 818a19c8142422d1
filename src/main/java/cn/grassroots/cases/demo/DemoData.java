package cn.grassroots.cases.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.organization.DemoOrganization;

/** In the {@code demo} profile: the demo organisation, then (once, on an empty database) the demo cases. */
@Component
@Profile("demo")
class DemoData {

    private final DemoOrganization organization;
    private final DemoCases cases;
    private final boolean loadCases;

    DemoData(DemoOrganization organization, DemoCases cases,
            @Value("${grassroots.demo.load-cases:true}") boolean loadCases) {
        this.organization = organization;
        this.cases = cases;
        this.loadCases = loadCases;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    public void load() {
        organization.create();
        if (loadCases && !cases.alreadyLoaded()) {
            cases.load();
        }
    }
}
