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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.Users;

/** City managers and leaders watch every open task (Cockpit's task views) over REST, but may not work them. */
@ApplicationTest
class ManagersWatchTasksTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired Campaign campaign;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void aCityLeader_readsACountysOpenTask_butCannotClaimOrCompleteIt() {
        Users.ensure(identity, "mwbc", "county-bincheng");
        Users.ensure(identity, "mwlead", Groups.CITY_LEADER);
        Users.ensure(identity, "mwcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "mwwd", "county-wudi");
        Campaign.today(LocalDate.of(2024, 9, 2));
        campaign.startBatch("2024-MW", "第十一批");
        ProcessInstance instance = campaign.nominate("mwbc",
                Campaign.nominationForm("2024-MW", CreditCodes.valid(9301), "滨城某纺织公司", "滨城区"));
        Task review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);
        EngineRest leader = new EngineRest(port, "mwlead");

        assertThat(taskIds("mwlead", instance.getId())).containsExactly(review.getId());
        assertThat(taskIds("mwcity", instance.getId())).containsExactly(review.getId());
        assertThat(taskIds("mwwd", instance.getId())).as("another county still sees nothing").isEmpty();
        assertThat(leader.get("/task/{id}", review.getId()).getStatusCode().value()).isEqualTo(200);
        assertThat(leader.get("/task/{id}/variables/enterpriseName", review.getId()).getBody())
                .containsEntry("value", "滨城某纺织公司");
        assertThat(new EngineRest(port, "mwlead").list("/task/report/candidate-group-count"))
                .as("Cockpit's open tasks per group").anyMatch(row -> "county-bincheng".equals(row.get("groupName"))
                        && ((Number) row.get("taskCount")).intValue() >= 1);

        assertThat(leader.post("/task/{id}/complete", Map.of("variables", Map.of("countyDecision", value("APPROVE"))),
                review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(leader.post("/task/{id}/claim", Map.of("userId", "mwlead"), review.getId()).getStatusCode().value())
                .isEqualTo(403);
        assertThat(leader.put("/task/{id}", Map.of("name", review.getName(), "due", "2030-01-01T00:00:00.000+0800"),
                review.getId()).getStatusCode().value()).isEqualTo(403);
        Task still = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(still).as("still open").isNotNull();
        assertThat(still.getAssignee()).isNull();
        assertThat(still.getDueDate()).isEqualTo(review.getDueDate());
    }

    private List<String> taskIds(String user, String processInstanceId) {
        return new EngineRest(port, user).list("/task?processInstanceId={id}", processInstanceId).stream()
                .map(task -> (String) task.get("id")).toList();
    }
}
