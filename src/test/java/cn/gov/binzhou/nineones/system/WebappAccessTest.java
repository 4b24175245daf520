package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Users;

/** Logging in to the Camunda webapps over HTTP: Tasklist for everyone, Cockpit and Admin only for the city and admins. */
@ApplicationTest
class WebappAccessTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;

    @Test
    void countyUser_mayUseTasklist_butNotCockpitOrAdmin() throws Exception {
        Users.ensure(identity, "webwd", "county-wudi");
        assertThat(login("webwd", "tasklist")).isEqualTo(200);
        assertThat(login("webwd", "cockpit")).isIn(401, 403);
        assertThat(login("webwd", "admin")).isIn(401, 403);
    }

    @Test
    void cityLeader_mayUseCockpit_butNotAdmin() throws Exception {
        Users.ensure(identity, "weblead", Groups.CITY_LEADER);
        assertThat(login("weblead", "cockpit")).isEqualTo(200);
        assertThat(login("weblead", "admin")).isIn(401, 403);
    }

    @Test
    void administrator_mayUseAdmin() throws Exception {
        Users.ensure(identity, "webadmin", Groups.ADMIN);
        assertThat(login("webadmin", "admin")).isEqualTo(200);
    }

    @Test
    void theCommunityEditionBanner_isHiddenFromUsers() throws Exception {
        HttpResponse<String> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/tasklist/styles/user-styles.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(css.body()).contains(".ce-eol-banner").contains("display: none");
    }

    /** Logs in the way the webapp does: fetch the CSRF token, then post the credentials with it. */
    private int login(String user, String app) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String form = "username=" + user + "&password=" + Users.PASSWORD;
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.statusCode();
    }
}
