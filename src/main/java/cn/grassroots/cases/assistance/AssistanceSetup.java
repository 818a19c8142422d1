package cn.grassroots.cases.assistance;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.grassroots.cases.handling.IssueHandlingProcess.Groups;
import cn.grassroots.cases.organization.AuthorizationGrants;
import cn.grassroots.cases.system.BeforeServingEvent;

/**
 * Who sees 协办: every unit the model (its task is granted to it by the engine, as a candidate group); the offices
 * every assistance, as they follow every case.
 */
@Component
class AssistanceSetup {

    private final AuthorizationGrants grants;

    AssistanceSetup(AuthorizationGrants grants) {
        this.grants = grants;
    }

    @EventListener(BeforeServingEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 8)
    public void grant() {
        grants.modelReadableByEveryGroup(CaseAssistanceProcess.KEY);
        for (String office : java.util.List.of(Groups.DISPATCH, Groups.SUPERVISION, Groups.LEADERS)) {
            grants.grant(office, Resources.PROCESS_DEFINITION, CaseAssistanceProcess.KEY,
                    AuthorizationGrants.READ_EVERYTHING_OF_A_PROCESS);
        }
    }
}
