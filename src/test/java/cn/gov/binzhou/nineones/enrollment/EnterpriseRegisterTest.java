package cn.gov.binzhou.nineones.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A nomination keeps the data it was made with, so a batch's list never changes afterwards; the shared
 * register changes only when the city approves a nomination of the enterprise's own agency, recorded.
 */
@ApplicationTest
class EnterpriseRegisterTest {

    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired Nominations nominations;
    @Autowired JdbcClient jdbc;

    private final String code = CreditCodes.valid(7777);

    @BeforeEach
    void people() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "regbc", "county-bincheng");
        Users.ensure(identity, "regwd", "county-wudi");
        Users.ensure(identity, "regcity", Groups.CITY_BUREAU);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void aLaterNomination_neverChangesAnEarlierBatchsList_andTheRegisterFollowsOnlyApprovedOwnAgencyNominations() {
        approve(nominate("2024-RG1", "regbc", "甲化工有限公司", "滨城区"), "regbc");
        assertThat(register()).containsEntry("NAME", "甲化工有限公司").containsEntry("AGENCY_ID", "bincheng");
        assertThat(changes()).extracting(change -> change.get("CHANGE_KIND")).containsExactly("CREATED");

        ProcessInstance renamed = nominate("2024-RG2", "regbc", "甲化工股份有限公司", "滨城区");
        assertThat(nameIn("2024-RG1")).as("the first batch's list, while the second is nominated").isEqualTo("甲化工有限公司");
        assertThat(register()).as("not before the city approves").containsEntry("NAME", "甲化工有限公司");

        approve(renamed, "regbc");
        assertThat(nameIn("2024-RG1")).as("the first batch's list, after the second is approved").isEqualTo("甲化工有限公司");
        assertThat(nameIn("2024-RG2")).isEqualTo("甲化工股份有限公司");
        assertThat(register()).containsEntry("NAME", "甲化工股份有限公司");
        assertThat(changes()).last().satisfies(change -> {
            assertThat(change).containsEntry("CHANGE_KIND", "UPDATED").containsEntry("CHANGED_BY", "regcity");
            assertThat(change.get("CHANGES").toString()).contains("企业名称：甲化工有限公司 → 甲化工股份有限公司");
        });

        approve(nominate("2024-RG3", "regwd", "乙冒名公司", "无棣县"), "regwd");
        assertThat(register()).as("another agency's nomination leaves the entry as it is")
                .containsEntry("NAME", "甲化工股份有限公司").containsEntry("AGENCY_ID", "bincheng");
        assertThat(changes()).hasSize(2);
    }

    private ProcessInstance nominate(String batch, String user, String name, String agency) {
        campaign.startBatch(batch, "批次" + batch);
        return campaign.nominate(user, Campaign.nominationForm(batch, code, name, agency));
    }

    private void approve(ProcessInstance instance, String countyUser) {
        campaign.complete(countyUser, campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW),
                Map.of("countyDecision", "APPROVE"));
        campaign.complete("regcity", campaign.task(instance.getId(), EnterpriseProcess.CITY_APPROVAL),
                Map.of("cityDecision", "APPROVE"));
    }

    private String nameIn(String batch) {
        return nominations.find(batch, code).orElseThrow().enterprise().name();
    }

    private Map<String, Object> register() {
        return upperKeys(jdbc.sql("select name, agency_id from nine_enterprise where credit_code = ?").param(code)
                .query().singleRow());
    }

    private List<Map<String, Object>> changes() {
        return jdbc.sql("""
                select c.change_kind, c.changes, c.changed_by from nine_enterprise_change c
                join nine_enterprise e on e.id = c.enterprise_id where e.credit_code = ? order by c.id""")
                .param(code).query().listOfRows().stream().map(EnterpriseRegisterTest::upperKeys).toList();
    }

    private static Map<String, Object> upperKeys(Map<String, Object> row) {
        Map<String, Object> upper = new java.util.HashMap<>();
        row.forEach((key, value) -> upper.put(key.toUpperCase(java.util.Locale.ROOT), value));
        return upper;
    }
}
