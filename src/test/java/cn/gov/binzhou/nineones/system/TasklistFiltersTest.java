package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;

/** The shared Tasklist filters, listed over REST as each user: one set, every agency sees its own. */
@ApplicationTest
class TasklistFiltersTest {

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void ownAgencyDueSoonAndOverdue_showEachAgencyItsOwnTasks() {
        Users.ensure(identity, "fltbc", "county-bincheng");
        Users.ensure(identity, "fltwd", "county-wudi");
        Campaign.today(LocalDate.of(2024, 9, 2));
        campaign.startBatch("2024-8", "第八批");
        ProcessInstance instance = campaign.nominate("fltbc",
                Campaign.nominationForm("2024-8", CreditCodes.valid(248001), "滨州过滤器测试有限公司", "滨城区"));
        Task review = campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);

        assertThat(list("fltbc", TasklistFilters.OWN_AGENCY)).contains(review.getId());
        assertThat(list("fltwd", TasklistFilters.OWN_AGENCY)).doesNotContain(review.getId());
        assertThat(list("fltbc", TasklistFilters.DUE_SOON)).as("due in 5 working days").doesNotContain(review.getId());

        Campaign.today(LocalDate.of(2024, 9, 7));
        assertThat(list("fltbc", TasklistFilters.DUE_SOON)).contains(review.getId());
        assertThat(list("fltbc", TasklistFilters.OVERDUE)).doesNotContain(review.getId());

        Campaign.today(LocalDate.of(2024, 9, 12));
        assertThat(list("fltbc", TasklistFilters.OVERDUE)).contains(review.getId());
        assertThat(list("fltwd", TasklistFilters.OVERDUE)).doesNotContain(review.getId());

        campaign.as("fltbc", () -> {
            tasks.claim(review.getId(), "fltbc");
            return null;
        });
        assertThat(list("fltbc", TasklistFilters.MINE)).contains(review.getId());
        assertThat(list("fltbc", TasklistFilters.OWN_AGENCY)).as("claimed tasks stay in the agency's list").contains(review.getId());
    }

    private List<String> list(String user, String filterName) {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        List<Map<String, Object>> tasks = RestClient.create("http://localhost:" + port).post()
                .uri("/engine-rest/filter/{id}/list?maxResults=1000", filterId)
                .headers(h -> h.setBasicAuth(user, Users.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .retrieve().body(List.class);
        return tasks.stream().map(task -> (String) task.get("id")).toList();
    }
}
