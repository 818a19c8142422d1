package cn.grassroots.cases.organization;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * At start-up, before demo data, the job executor and the web server: reads {@code grassroots.organization.file} and
 * synchronises it. A malformed file stops start-up with the file, line and problem.
 */
@Component
class OrganizationLoader {

    private final OrganizationProperties properties;
    private final OrganizationSync sync;

    OrganizationLoader(OrganizationProperties properties, OrganizationSync sync) {
        this.properties = properties;
        this.sync = sync;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 5)
    public void load() {
        if (properties.file() != null) {
            sync.synchronize(OrganizationFileReader.read(properties.file()));
        }
    }
}
