package cn.grassroots.cases;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A person's browser logged in to one of the Camunda webapps of the application at {@code base}, as the login page
 * does it: opens the webapp (which hands out the CSRF token), posts the login form with the token, and keeps the
 * cookies for what follows.
 */
public final class WebappLogin {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    private WebappLogin(String base) {
        this.base = base;
    }

    /** {@code user} (password = user id, as in the demo) logged in to {@code webapp} (cockpit, tasklist, admin). */
    public static WebappLogin as(String base, String webapp, String user) throws IOException, InterruptedException {
        WebappLogin login = new WebappLogin(base);
        login.get("/camunda/app/" + webapp + "/default/");
        HttpResponse<String> answer = login.send(HttpRequest.newBuilder(
                URI.create(base + "/camunda/api/admin/auth/user/default/login/" + webapp))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", login.token())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8))).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log in to " + webapp + ": " + answer.statusCode() + " "
                    + answer.body());
        }
        login.get("/camunda/app/" + webapp + "/default/");
        return login;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    /** Posts JSON, with the session's CSRF token in {@code X-XSRF-TOKEN} as the webapps send it, or without. */
    public HttpResponse<String> postJson(String path, String body, boolean withToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (withToken) {
            request.header("X-XSRF-TOKEN", token());
        }
        return send(request.build());
    }

    /** The value of the session cookie, to hand to another browser (or another node). */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow(
                        () -> new IllegalStateException("no cookie " + name + ": " + cookies.getCookieStore().getCookies()));
    }

    private String token() {
        return cookie("XSRF-TOKEN");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
