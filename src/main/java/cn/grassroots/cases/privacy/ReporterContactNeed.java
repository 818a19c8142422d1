package cn.grassroots.cases.privacy;

import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Open work of another capability that needs to contact the reporter of a case (the supervision office's 回头看 calls
 * the reporter): such a person may see the reporter while the work is theirs, never for an accusation (检举控告).
 */
public interface ReporterContactNeed {

    boolean needsReporterOf(String caseNumber, Authentication user);
}
