package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
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
    @Autowired TasklistFilters tasklistFilters;

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

    @Test
    void aCard_showsTheEnterprisesNameAndCreditCode_andTheListSortsByDueDateEarliestFirst() {
        Users.ensure(identity, "fltcard", "county-bincheng");
        Campaign.today(LocalDate.of(2024, 9, 3));
        campaign.startBatch("2024-9", "第九批");
        String sooner = CreditCodes.valid(249002);
        String later = CreditCodes.valid(249001);
        campaign.nominate("fltcard", Campaign.nominationForm("2024-9", sooner, "滨州早到期机械有限公司", "滨城区"));
        Campaign.today(LocalDate.of(2024, 9, 9));
        campaign.nominate("fltcard", Campaign.nominationForm("2024-9", later, "滨州晚到期化工有限公司", "滨城区"));

        Map<String, Object> filter = new cn.gov.binzhou.nineones.support.EngineRest(port, "fltcard")
                .get("/filter/{id}", id(TasklistFilters.OWN_AGENCY)).getBody();
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) filter.get("properties")).get("variables"))
                .contains(Map.of("name", "enterpriseName", "label", "企业名称"),
                        Map.of("name", "creditCode", "label", "统一社会信用代码"));

        // as Tasklist asks: HAL with the shown variables embedded, its own default sorting (newest first) appended
        List<Map<String, Object>> cards = cards("fltcard", TasklistFilters.OWN_AGENCY);
        List<String> names = cards.stream().map(card -> (String) shown(card).get("enterpriseName"))
                .filter(name -> name != null && name.contains("到期")).toList();
        assertThat(names).as("due date first, whatever Tasklist appends").containsExactly("滨州早到期机械有限公司", "滨州晚到期化工有限公司");
        Map<String, Object> first = cards.stream().filter(card -> "滨州早到期机械有限公司".equals(shown(card).get("enterpriseName")))
                .findFirst().orElseThrow();
        // the review's own copies (task variables), which a county user may read
        assertThat(shown(first)).containsEntry("creditCode", sooner).containsEntry("batchCode", "2024-9");

        // the plain GET of the list answers the same cards, in the filter's own order
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = RestClient.create("http://localhost:" + port).get()
                .uri("/engine-rest/filter/{id}/list?firstResult=0&maxResults=1000", id(TasklistFilters.OWN_AGENCY))
                .headers(h -> h.setBasicAuth("fltcard", Users.PASSWORD))
                .accept(MediaType.valueOf("application/hal+json")).retrieve().body(Map.class);
        List<Map<String, Object>> got = (List<Map<String, Object>>) ((Map<String, Object>) plain.get("_embedded")).get("task");
        assertThat(got.stream().map(card -> (String) shown(card).get("creditCode")).filter(code -> sooner.equals(code) || later.equals(code)))
                .containsExactly(sooner, later);
    }

    @Test
    void filtersOfAnEarlierRelease_areBroughtUpToDateAtStartUp_keepingWhatAnAdministratorChanged() {
        Filter old = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        Map<String, Object> properties = new java.util.LinkedHashMap<>(old.getProperties());
        properties.put("variables", List.of(Map.of("name", "enterpriseName", "label", "企业名称")));
        properties.put("color", "#aa0000");
        old.setProperties(properties);
        old.setQuery(tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        filters.saveFilter(old);

        tasklistFilters.ensureFilters();

        Filter updated = filters.getFilter(old.getId());
        assertThat(updated.getProperties().get("variables")).isEqualTo(TasklistFilters.SHOWN_VARIABLES);
        assertThat(updated.getProperties()).containsEntry("color", "#aa0000");
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.FilterEntity) updated).getQueryInternal())
                .contains("\"queryProperty\":\"DUE_DATE_\",\"direction\":\"asc\"");
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).count()).isEqualTo(1);
    }

    private String id(String filterName) {
        return filters.createFilterQuery().filterName(filterName).singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cards(String user, String filterName) {
        Map<String, Object> hal = RestClient.create("http://localhost:" + port).post()
                .uri("/engine-rest/filter/{id}/list?firstResult=0&maxResults=1000", id(filterName))
                .headers(h -> h.setBasicAuth(user, Users.PASSWORD))
                .accept(MediaType.valueOf("application/hal+json"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))))
                .retrieve().body(Map.class);
        return (List<Map<String, Object>>) ((Map<String, Object>) hal.get("_embedded")).get("task");
    }

    /** The variables embedded in a HAL task: name to value. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(Map<String, Object> card) {
        Map<String, Object> embedded = (Map<String, Object>) card.get("_embedded");
        List<Map<String, Object>> variables = embedded == null ? List.of()
                : (List<Map<String, Object>>) embedded.getOrDefault("variable", List.of());
        Map<String, Object> shown = new java.util.HashMap<>();
        variables.forEach(variable -> shown.put((String) variable.get("name"), variable.get("value")));
        return shown;
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
