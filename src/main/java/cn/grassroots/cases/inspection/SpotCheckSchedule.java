package cn.grassroots.cases.inspection;

import java.time.YearMonth;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.calendar.WorkingCalendar;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * The engine always has its next spot check waiting for its random moment: each engine check schedules the next when
 * it ends; the first is scheduled here, before the application serves, on a database that has none (a new county, or
 * one upgraded to this version), for a random moment of this month (next month when none is left).
 */
@Component
class SpotCheckSchedule {

    private final RuntimeService runtime;
    private final SpotChecks spotChecks;
    private final WorkingCalendar calendar;

    SpotCheckSchedule(RuntimeService runtime, SpotChecks spotChecks, WorkingCalendar calendar) {
        this.runtime = runtime;
        this.spotChecks = spotChecks;
        this.calendar = calendar;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    void ensureOneIsScheduled() {
        boolean waiting = runtime.createProcessInstanceQuery().processDefinitionKey(SpotCheckProcess.KEY)
                .variableValueEquals(SpotCheckProcess.Variables.SCHEDULED, true).count() > 0;
        if (!waiting) {
            spotChecks.schedule(YearMonth.from(calendar.today()));
        }
    }
}
