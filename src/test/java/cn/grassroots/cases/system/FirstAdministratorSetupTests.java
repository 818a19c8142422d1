package cn.grassroots.cases.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.grassroots.cases.GrassrootsTest;

/**
 * Camunda Admin's first-administrator setup is closed even at a moment when no administrator exists: an anonymous
 * visitor cannot make himself administrator (issue 9: "intruder" became camunda-admin during a production start).
 */
@GrassrootsTest
class FirstAdministratorSetupTests {

    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void nobodyCreatesAnAdministratorThroughTheSetupEvenWhenNoneExists() {
        List<String> administrators = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()
                .stream().map(user -> user.getId()).toList();
        administrators.forEach(id -> identityService.deleteMembership(id, Groups.CAMUNDA_ADMIN));
        try {
            ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/default/setup/", String.class);
            // a session with its CSRF token, as the browser gets it from any read of the webapps' API
            ResponseEntity<String> session = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
            List<String> cookies = session.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .map(cookie -> cookie.split(";")[0]).toList();
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
            headers.add("X-XSRF-TOKEN", session.getHeaders().getFirst("X-XSRF-TOKEN"));
            Map<String, Object> intruder = Map.of(
                    "profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@example.org"),
                    "credentials", Map.of("password", "a-long-password-1234"));

            ResponseEntity<String> created = rest.exchange("/camunda/api/admin/setup/default/user/create",
                    HttpMethod.POST, new HttpEntity<>(intruder, headers), String.class);

            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        } finally {
            administrators.forEach(id -> identityService.createMembership(id, Groups.CAMUNDA_ADMIN));
            if (identityService.createUserQuery().userId("intruder").count() > 0) {
                identityService.deleteUser("intruder");
            }
        }
    }
}
