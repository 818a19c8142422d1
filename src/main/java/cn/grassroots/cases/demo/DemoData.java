package cn.grassroots.cases.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * In the {@code demo} profile, once the demo organisation file is synchronised: a year of cases behind the
 * supervisors' pages, the demo cases of today, the visits and the supervision rounds, once, on an empty database.
 */
@Component
@Profile("demo")
class DemoData {

    private final DemoYear year;
    private final DemoCases cases;
    private final DemoVisits visits;
    private final DemoInspection inspection;
    private final boolean loadCases;
    private final boolean loadYear;

    DemoData(DemoYear year, DemoCases cases, DemoVisits visits, DemoInspection inspection,
            @Value("${grassroots.demo.load-cases:true}") boolean loadCases,
            @Value("${grassroots.demo.load-year:true}") boolean loadYear) {
        this.year = year;
        this.cases = cases;
        this.visits = visits;
        this.inspection = inspection;
        this.loadCases = loadCases;
        this.loadYear = loadYear;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    public void load() {
        if (loadCases && !cases.alreadyLoaded()) {
            if (loadYear) {
                year.load(); // the year behind the supervisors' pages, oldest first
            }
            cases.load();
        }
        if (loadCases && !visits.alreadyLoaded()) {
            visits.load();
        }
        if (loadCases && !inspection.alreadyLoaded()) {
            inspection.load();
        }
    }
}
