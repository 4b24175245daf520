package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/**
 * Every command checks a person's own groups without first reading all group ids of the authorization
 * table, and what each person may see stays what Camunda's authorizations say.
 */
@ApplicationTest
class AuthorizedGroupsTest {

    private static final String BATCH = "2024-AG";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired Campaign campaign;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void theEnginesAuthorizationManager_takesThePersonsGroupsAsTheyAre_withoutReadingTheTable() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        List<String> checked = configuration.getCommandExecutorTxRequired().execute(context -> context
                .getAuthorizationManager().filterAuthenticatedGroupIds(List.of("county-bincheng", "ag-no-rights", "county-bincheng")));

        assertThat(checked).containsExactly("county-bincheng", "ag-no-rights");
    }

    @Test
    void anAgencySeesItsOwnTasksOnly_andAGroupWithoutRightsSeesNone_overRest() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "agbc", "county-bincheng");
        Users.ensure(identity, "agwd", "county-wudi");
        if (identity.createGroupQuery().groupId("ag-no-rights").count() == 0) {
            identity.saveGroup(identity.newGroup("ag-no-rights"));
        }
        Users.ensure(identity, "agnone", "ag-no-rights");
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count() == 0) {
            campaign.startBatch(BATCH, "授权组测试批");
        }
        ProcessInstance nominated = campaign.nominate("agbc",
                Campaign.nominationForm(BATCH, CreditCodes.valid(870_001), "滨州授权组测试有限公司", "滨城区"));
        String review = campaign.task(nominated.getId(), EnterpriseProcess.COUNTY_REVIEW).getId();

        assertThat(ids(new EngineRest(port, "agbc").list("/task?processInstanceId={id}", nominated.getId())))
                .containsExactly(review);
        assertThat(new EngineRest(port, "agwd").list("/task?processInstanceId={id}", nominated.getId())).isEmpty();
        assertThat(new EngineRest(port, "agnone").list("/task?processInstanceId={id}", nominated.getId())).isEmpty();
        assertThat(new EngineRest(port, "agwd").post("/task/{id}/complete", Map.of(), review).getStatusCode().value())
                .isEqualTo(403);
    }

    private static List<Object> ids(List<Map<String, Object>> tasks) {
        return tasks.stream().map(task -> task.get("id")).toList();
    }
}
