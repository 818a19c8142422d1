package cn.grassroots.cases.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.grassroots.cases.handling.CaseDriver;

/**
 * What every class of browser journeys shares: the packaged application, started once per class; one person's
 * browser at a time, closed after each journey; and what that person saw when a journey failed (screenshot and page
 * source in target/e2e).
 */
abstract class Journeys {

    @RegisterExtension
    static final PackagedApp app = new PackagedApp();

    private Browser current;

    /** Runs before @AfterEach closes the browser: keeps what the person saw when a journey failed. */
    @RegisterExtension
    final AfterTestExecutionCallback keepPageOnFailure = context -> {
        if (context.getExecutionException().isPresent() && current != null) {
            current.screenshot(context.getRequiredTestMethod().getName() + "-failed");
            current.pageSource(context.getRequiredTestMethod().getName() + "-failed");
        }
    };

    @AfterEach
    void closeBrowser() {
        if (current != null) {
            current.close();
        }
    }

    EngineRest rest() {
        return new EngineRest(app.baseUrl());
    }

    /** {@code user} logged in to the webapp {@code webapp} (tasklist, cockpit, admin), in place of the last person. */
    Browser browser(String webapp, String user) {
        if (current != null) {
            current.close();
        }
        current = new Browser(app.baseUrl()).login(webapp, user);
        return current;
    }

    /** A browser that has logged in nowhere (a citizen), in place of the last person's. */
    Browser anonymousBrowser() {
        if (current != null) {
            current.close();
        }
        current = new Browser(app.baseUrl());
        return current;
    }

    /** A road issue in 青山镇石桥村, as the intake API takes it (the suite's road issue, titled anew). */
    static Map<String, Object> roadsIssue(String title, String description) {
        Map<String, Object> facts = new LinkedHashMap<>(CaseDriver.roadsIssue());
        facts.put("title", title);
        facts.put("description", description);
        return facts;
    }
}
