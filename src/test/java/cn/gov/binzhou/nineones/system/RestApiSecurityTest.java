package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;

/** The engine's REST API over real HTTP: authentication first, then each agency sees only its own work. */
@ApplicationTest
class RestApiSecurityTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired Campaign campaign;

    @BeforeEach
    void users() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "restbc", "county-bincheng");
        Users.ensure(identity, "restwd", "county-wudi");
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void restApi_answers401WithoutCredentials_and200WithThem() {
        assertThat(status(client(null, null), "/engine-rest/task").value()).isEqualTo(401);
        // a wrong password locks its user for a while, so it is tried on a user of its own
        Users.ensure(identity, "restwrong", "county-bincheng");
        assertThat(status(client("restwrong", "wrong-password"), "/engine-rest/task").value()).isEqualTo(401);
        assertThat(status(client("restbc", Users.PASSWORD), "/engine-rest/task").value()).isEqualTo(200);
    }

    @Test
    void taskRoutedToBincheng_isInvisibleToWudi_andCannotBeCompletedByWudi() {
        campaign.startBatch("2024-7", "第七批");
        ProcessInstance instance = campaign.nominate("restbc",
                Campaign.nominationForm("2024-7", CreditCodes.valid(7001), "滨城区某化工厂", "滨城区"));
        Task review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);
        RestClient wudi = client("restwd", Users.PASSWORD);
        RestClient bincheng = client("restbc", Users.PASSWORD);

        assertThat(taskIds(wudi)).doesNotContain(review.getId());
        assertThat(status(wudi, "/engine-rest/task/" + review.getId()).is2xxSuccessful()).isFalse();
        HttpStatusCode completedByWudi = wudi.post().uri("/engine-rest/task/{id}/complete", review.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("countyDecision", Map.of("value", "APPROVE"))))
                .exchange((request, response) -> response.getStatusCode());
        assertThat(completedByWudi.is2xxSuccessful()).isFalse();
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("task still open").isEqualTo(1);

        assertThat(taskIds(bincheng)).contains(review.getId());
        HttpStatusCode completedByBincheng = bincheng.post().uri("/engine-rest/task/{id}/complete", review.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("countyDecision", Map.of("value", "APPROVE"))))
                .exchange((request, response) -> response.getStatusCode());
        assertThat(completedByBincheng.value()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
    }

    private List<String> taskIds(RestClient client) {
        List<Map<String, Object>> list = client.get().uri("/engine-rest/task").retrieve().body(List.class);
        return list.stream().map(task -> (String) task.get("id")).toList();
    }

    private static HttpStatusCode status(RestClient client, String path) {
        return client.get().uri(path).exchange((request, response) -> response.getStatusCode());
    }

    private RestClient client(String user, String password) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (user != null) {
            builder.defaultHeaders(headers -> headers.setBasicAuth(user, password));
        }
        return builder.build();
    }
}
