package cn.gov.binzhou.nineones.system;

import static cn.gov.binzhou.nineones.support.EngineRest.value;
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
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.Users;

/**
 * Over Camunda's REST API as real users: people and groups are visible as far as one's work needs, a
 * candidate may claim and complete a task but not hand it on, widen it or move its date, and typed
 * variables are deserialised only for allowed types.
 */
@ApplicationTest
class DirectoryAndTaskRightsTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired Campaign campaign;

    @BeforeEach
    void people() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "dirbc1", "county-bincheng");
        Users.ensure(identity, "dirbc2", "county-bincheng");
        Users.ensure(identity, "dirbcld", "leader-bincheng");
        Users.ensure(identity, "dirwd", "county-wudi");
        Users.ensure(identity, "dirqy", Groups.ENTERPRISE);
        Users.ensure(identity, "dircity", Groups.CITY_BUREAU);
        Users.ensure(identity, "diradmin", Groups.ADMIN);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void anAgencySeesItsOwnStaff_theCityEveryone_anEnterpriseNobodyButItself() {
        assertThat(ids("dirbc1", "/user")).contains("dirbc1", "dirbc2", "dirbcld").doesNotContain("dirwd", "dirqy", "dircity");
        assertThat(ids("dirbc1", "/group")).contains("county-bincheng", "leader-bincheng")
                .doesNotContain("county-wudi", Groups.CITY_BUREAU, Groups.ENTERPRISE);
        assertThat(ids("dirwd", "/user")).contains("dirwd").doesNotContain("dirbc1", "dirbc2");
        assertThat(ids("dirqy", "/user")).containsExactly("dirqy");
        assertThat(ids("dirqy", "/group")).as("only its own group").containsExactly(Groups.ENTERPRISE);
        assertThat(ids("dircity", "/user")).contains("dirbc1", "dirwd", "dirqy", "dircity");
        assertThat(new EngineRest(port, "dirbc1").get("/user/{id}/profile", "dirwd").getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void aCandidate_mayClaimAndComplete_butNotReassignWidenOrRedate() {
        campaign.startBatch("2024-DR1", "第九批");
        ProcessInstance instance = campaign.nominate("dirbc1",
                Campaign.nominationForm("2024-DR1", CreditCodes.valid(9101), "滨城某机械公司", "滨城区"));
        Task review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);
        EngineRest county = new EngineRest(port, "dirbc1");

        assertThat(county.post("/task/{id}/assignee", Map.of("userId", "dirwd"), review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(county.post("/task/{id}/identity-links", Map.of("groupId", "county-wudi", "type", "candidate"),
                review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(county.put("/task/{id}", Map.of("name", review.getName(), "due", "2030-01-01T00:00:00.000+0800"),
                review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(county.post("/task/{id}/delegate", Map.of("userId", "dirbc2"), review.getId()).getStatusCode().value()).isEqualTo(403);
        Task unchanged = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(unchanged.getAssignee()).isNull();
        assertThat(unchanged.getDueDate()).isEqualTo(review.getDueDate());
        assertThat(tasks.getIdentityLinksForTask(review.getId())).noneMatch(link -> "county-wudi".equals(link.getGroupId()));

        assertThat(county.post("/task/{id}/claim", Map.of("userId", "dirbc1"), review.getId()).getStatusCode().value()).isEqualTo(204);
        assertThat(county.post("/task/{id}/complete", Map.of("variables", Map.of("countyDecision", value("APPROVE"))),
                review.getId()).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void objectVariablesOfATypeNotAllowed_areNotDeserialised() {
        campaign.startBatch("2024-DR2", "第十批");
        ProcessInstance instance = campaign.nominate("dirbc1",
                Campaign.nominationForm("2024-DR2", CreditCodes.valid(9102), "滨城某轻工公司", "滨城区"));
        EngineRest admin = new EngineRest(port, "diradmin");
        ResponseEntity<Map> set = admin.put("/process-instance/{id}/variables/gadget", Map.of("value", "\"/etc/passwd\"",
                "type", "Object", "valueInfo", Map.of("objectTypeName", "java.io.File",
                        "serializationDataFormat", "application/json")), instance.getId());
        assertThat(set.getStatusCode().value()).isEqualTo(204);

        ResponseEntity<Map> read = admin.get("/process-instance/{id}/variables/gadget", instance.getId());

        assertThat(read.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(read.getBody().get("message").toString()).contains("java.io.File");
        assertThat(admin.get("/process-instance/{id}/variables/gadget?deserializeValue=false", instance.getId())
                .getStatusCode().value()).isEqualTo(200);
    }

    private List<String> ids(String user, String path) {
        return new EngineRest(port, user).list(path).stream().map(entry -> (String) entry.get("id")).toList();
    }
}
