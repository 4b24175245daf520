package cn.gov.binzhou.nineones.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/** The checklist is data the bureau changes without code: the city bureau replaces it over HTTP, agencies may not. */
@ApplicationTest
class ChecklistTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired Checklist checklist;

    private List<String> before;

    @AfterEach
    void restore() {
        if (before != null) {
            checklist.replace(before);
        }
    }

    @Test
    void theCityBureauReplacesTheChecklist_anAgencyMayNot_andBadListsAreRefused() {
        Users.ensure(identity, "clcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "clbc", "county-bincheng");
        before = checklist.items();
        assertThat(before).hasSize(9).startsWith("责任体系").endsWith("全员安全承诺书");

        assertThat(put("clbc", List.of("只有一项")).value()).isEqualTo(403);
        assertThat(put("clcity", List.of("重复", "重复")).value()).isEqualTo(400);
        assertThat(put("clcity", List.of()).value()).isEqualTo(400);
        assertThat(checklist.items()).isEqualTo(before);

        List<String> edited = new java.util.ArrayList<>(before);
        edited.add("岗位安全操作视频");
        assertThat(put("clcity", edited).value()).isEqualTo(200);
        assertThat(checklist.items()).isEqualTo(edited);
        assertThat(((org.camunda.bpm.engine.variable.value.SerializableValue) checklist.options()).getValueSerialized())
                .as("what the forms offer").contains("岗位安全操作视频");
    }

    private HttpStatusCode put(String user, List<String> titles) {
        return RestClient.builder().baseUrl("http://localhost:" + port).build().put().uri("/api/checklist")
                .headers(headers -> {
                    headers.setBasicAuth(user, Users.PASSWORD);
                    headers.set("X-Requested-With", "test");
                })
                .contentType(MediaType.APPLICATION_JSON).body(titles)
                .exchange((request, response) -> response.getStatusCode());
    }
}
