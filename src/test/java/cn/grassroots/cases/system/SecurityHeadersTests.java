package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.grassroots.cases.GrassrootsTest;

/** Issue 9: nosniff and a referrer policy on every answer, the application's API included; HSTS over TLS. */
@GrassrootsTest
class SecurityHeadersTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theApiAndTheWebappsAnswerWithNosniffAndASameOriginReferrerPolicy() {
        for (String path : new String[] {"/api/supervision/overdue-cases", "/engine-rest/task", "/camunda/app/"}) {
            HttpHeaders headers = rest.withBasicAuth("supervisor", "supervisor").getForEntity(path, String.class)
                    .getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.containsKey("Strict-Transport-Security")).as(path + " over plain HTTP").isFalse();
        }
    }

    @Test
    void overTlsBrowsersAreToldToKeepToIt() throws Exception {
        MockHttpServletRequest secure = new MockHttpServletRequest("GET", "/api/issues/SX-2026-000001");
        secure.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SecurityHeaders.Filter().doFilter(secure, response, new MockFilterChain());

        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
    }
}
