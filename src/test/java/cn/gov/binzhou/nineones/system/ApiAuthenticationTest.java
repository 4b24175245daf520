package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.Users;

/**
 * {@code /api} over real HTTP: no Basic challenge that would make browsers keep credentials, and no
 * change without the {@code X-Requested-With} header, whether the caller uses Basic or the webapp session.
 */
@ApplicationTest
class ApiAuthenticationTest {

    private static final String BATCH = "2033-1";

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired Campaign campaign;

    @BeforeEach
    void batchAndUsers() {
        Users.ensure(identity, "apibc", "county-bincheng");
        Users.ensure(identity, "apiadmin", Groups.ADMIN);
        if (jdbc.sql("select count(*) from nine_batch where batch_code = ?").param(BATCH).query(Long.class).single() == 0) {
            campaign.startBatch(BATCH, "请求头测试批");
        }
    }

    @Test
    void unauthenticatedCall_is401InChinese_withoutABasicChallenge() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/batches")).GET(), HttpClient.newHttpClient());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("no Basic challenge").isEmpty();
        assertThat(anonymous.body()).contains("请先登录");
    }

    @Test
    void wrongBasicPassword_is401_withoutABasicChallenge() throws Exception {
        // a wrong password locks its user for a while, so it is tried on a user of its own
        Users.ensure(identity, "apiwrong", "county-bincheng");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/batches")).GET()
                .header("Authorization", basic("apiwrong", "wrong-password")), HttpClient.newHttpClient());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void basicImportWithoutRequestedWith_is403_andNothingIsNominated_whileWithItTheSheetIsImported() {
        String code = CreditCodes.valid(330001);
        byte[] sheet = Sheets.xlsx(List.of(Sheets.line(1, "滨城区", "滨州请求头测试有限公司", code)));

        ResponseEntity<Map> forged = Api.withoutRequestedWith(port, "apibc").importFile(BATCH, "提报.xlsx", sheet);

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat((String) forged.getBody().get("message")).contains("X-Requested-With", "已拒绝");
        assertThat(nominationsOf(code)).as("nothing stored").isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH + "-" + code).count())
                .as("nothing started").isZero();

        ResponseEntity<Map> scripted = new Api(port, "apibc").importFile(BATCH, "提报.xlsx", sheet);

        assertThat(scripted.getStatusCode().value()).isEqualTo(200);
        assertThat(scripted.getBody()).containsEntry("imported", 1);
        assertThat(nominationsOf(code)).isEqualTo(1);
    }

    @Test
    void sessionChangeWithoutRequestedWith_is403_andWithItIsDone() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        loginToTasklist(browser, "apiadmin");
        String notice = "date,kind,occasion\n2037-10-01,off,国庆节\n";

        HttpResponse<String> forged = send(postCsv(notice), browser);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("X-Requested-With");
        assertThat(officialDaysOn("2037-10-01")).as("calendar unchanged").isZero();

        HttpResponse<String> fromOurPage = send(postCsv(notice).header(Api.REQUESTED_WITH, "nine-ones"), browser);

        assertThat(fromOurPage.statusCode()).isEqualTo(200);
        assertThat(officialDaysOn("2037-10-01")).isEqualTo(1);
    }

    private long officialDaysOn(String date) {
        return jdbc.sql("select count(*) from nine_official_day where official_date = ?")
                .param(java.time.LocalDate.parse(date)).query(Long.class).single();
    }

    private long nominationsOf(String creditCode) {
        return jdbc.sql("select count(*) from nine_nomination where batch_code = ? and credit_code = ?")
                .params(BATCH, creditCode).query(Long.class).single();
    }

    private HttpRequest.Builder postCsv(String csv) {
        return HttpRequest.newBuilder(uri("/api/calendar")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    }

    /** Logs in the way the Tasklist login page does: fetch the webapp's CSRF token, post the credentials with it. */
    private void loginToTasklist(HttpClient browser, String user) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET(), browser);
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + Users.PASSWORD)), browser);
        assertThat(login.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, HttpClient client) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
