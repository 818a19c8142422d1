package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.grassroots.cases.GrassrootsTest;
import cn.grassroots.cases.WebappLogin;

/**
 * A webapp login lives in the database (Spring Session JDBC), not in the node that took it: any node on the database
 * knows the person by their session cookie, and a session removed from the database is gone everywhere. (Two real
 * nodes, one of them killed, are in the e2e {@code TwoNodesJourneys}.)
 */
@GrassrootsTest
class WebappSessionsTests {

    private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aLoggedInHandlerIsKnownByTheSessionCookieAloneUntilTheSessionLeavesTheDatabase() throws Exception {
        WebappLogin tasklist = WebappLogin.as(base(), "tasklist", "handler-roads");
        String session = tasklist.cookie("SESSION");

        HttpResponse<String> fromAnotherConnection = withCookie(session);
        assertThat(fromAnotherConnection.statusCode()).as(fromAnotherConnection.body()).isEqualTo(200);
        assertThat(fromAnotherConnection.body()).contains("\"userId\":\"handler-roads\"");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                WHERE a.attribute_name = 'authenticatedUser'""", Integer.class)).isPositive();

        jdbc.update("DELETE FROM spring_session");

        assertThat(withCookie(session).statusCode()).as("no session in the database, no login").isEqualTo(404);
    }

    private HttpResponse<String> withCookie(String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + WHO_AM_I))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
