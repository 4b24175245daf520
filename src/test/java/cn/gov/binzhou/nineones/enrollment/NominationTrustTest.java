package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.support.EngineRest.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.Forms;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Attacks an outside reviewer tried with an ordinary agency or enterprise account and nothing but
 * Camunda's REST API: each is refused, and nothing changes in our tables or the engine.
 */
@ApplicationTest
class NominationTrustTest {

    private static final String BATCH = "2024-TR";

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Nominations nominations;

    private static int serial = 8000;
    private ProcessInstance bincheng;
    private ProcessInstance wudi;
    private String binchengCode;
    private String wudiCode;

    @BeforeEach
    void twoAgenciesHaveANominationEach() {
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "trbc", "county-bincheng");
        Users.ensure(identity, "trwd", "county-wudi");
        Users.ensure(identity, "trqy", Groups.ENTERPRISE);
        Users.ensure(identity, "trcity", Groups.CITY_BUREAU);
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count() == 0) {
            campaign.startBatch(BATCH, "第八批");
        }
        binchengCode = CreditCodes.valid(serial++);
        wudiCode = CreditCodes.valid(serial++);
        bincheng = campaign.nominate("trbc", Campaign.nominationForm(BATCH, binchengCode, "滨城某化工公司", "滨城区"));
        wudi = campaign.nominate("trwd", Campaign.nominationForm(BATCH, wudiCode, "无棣某盐化公司", "无棣县"));
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void completingOnesOwnReview_withARoutingFact_isRefused_andChangesNothing() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);

        ResponseEntity<Map> forged = rest("trbc").post("/task/{id}/complete", Map.of("variables", Map.of(
                "countyDecision", value("REJECT"), "comment", value("伪造"),
                "agencyId", value("wudi"), "nominationId", value(nominationId(wudiCode)))), review.getId());

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody().get("message").toString()).contains("agencyId").contains("nominationId").contains("本次未作任何更改");
        assertUnchanged(review);
    }

    @Test
    void theDecisionOfAnotherTask_cannotBeSentWithAReview() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);

        ResponseEntity<Map> forged = rest("trbc").post("/task/{id}/complete", Map.of("variables", Map.of(
                "countyDecision", value("APPROVE"), "cityDecision", value("APPROVE"))), review.getId());

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody().get("message").toString()).contains("cityDecision");
        assertUnchanged(review);
    }

    @Test
    void settingVariablesOnOnesOwnTaskOrInstance_isForbidden() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);
        EngineRest county = rest("trbc");

        assertThat(county.put("/task/{id}/variables/agencyId", value("wudi"), review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(county.put("/task/{id}/localVariables/agency", value("无棣县"), review.getId()).getStatusCode().value()).isEqualTo(403);
        assertThat(county.post("/task/{id}/variables", Map.of("modifications", Map.of("agencyId", value("wudi"))), review.getId())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(county.put("/process-instance/{id}/variables/agencyId", value("wudi"), bincheng.getId())
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(county.post("/task/{id}/resolve", Map.of("variables", Map.of("agencyId", value("wudi"))), review.getId())
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertUnchanged(review);
    }

    @Test
    void anEnterpriseRevisingItsOwnNomination_cannotOverwriteAnother() {
        String own = CreditCodes.valid(serial++);
        ProcessInstance instance = campaign.nominate("trqy", Campaign.nominationForm(BATCH, own, "企业自报公司", "滨城区"));
        campaign.complete("trbc", campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW),
                Map.of("countyDecision", "RETURN", "comment", "补充地址"));
        Task revise = campaign.task(instance.getId(), EnterpriseProcess.REVISE_NOMINATION);

        ResponseEntity<Map> forged = rest("trqy").post("/task/{id}/complete", Map.of("variables", Map.of(
                "address", value("滨州市新址"), "creditCode", value(wudiCode), "batchCode", value("2023-2"))), revise.getId());

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody().get("message").toString()).contains("creditCode").contains("batchCode");
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).count()).isEqualTo(1);
        assertThat(nominations.find(BATCH, wudiCode).orElseThrow().enterprise().name()).isEqualTo("无棣某盐化公司");
        assertThat(nominations.find(BATCH, own).orElseThrow().enterprise().address()).isEqualTo("滨州市黄河五路1号");

        ResponseEntity<Map> declared = rest("trqy").post("/task/{id}/complete", Map.of("variables", Map.of(
                "address", value("滨州市新址"))), revise.getId());
        assertThat(declared.getStatusCode().value()).isEqualTo(204);
        assertThat(nominations.find(BATCH, own).orElseThrow().enterprise().address()).isEqualTo("滨州市新址");
    }

    @Test
    void theEnterpriseProcess_cannotBeStartedExceptThroughRegistration() {
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY).count();
        long wudiTasksBefore = tasks.createTaskQuery().taskCandidateGroup("county-wudi").count();
        String forgedKey = BATCH + "-" + CreditCodes.valid(serial++);
        EngineRest county = rest("trbc");

        // the enterprise process is not even visible to them: 404
        assertThat(county.post("/process-definition/key/{key}/start", Map.of("businessKey", forgedKey,
                "variables", Map.of("agencyId", value("wudi"))), EnterpriseProcess.KEY).getStatusCode().is4xxClientError()).isTrue();
        assertThat(county.post("/process-definition/key/{key}/submit-form", Map.of("businessKey", forgedKey),
                EnterpriseProcess.KEY).getStatusCode().is4xxClientError()).isTrue();
        assertThat(county.post("/message", Map.of("messageName", EnterpriseProcess.MESSAGE_REGISTERED,
                "businessKey", BATCH + "-" + wudiCode)).getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<Map> skipRegistration = county.post("/process-definition/key/{key}/start", Map.of(
                "skipCustomListeners", true, "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", NominationProcess.END_REGISTERED))), NominationProcess.KEY);
        assertThat(skipRegistration.getStatusCode().value()).isEqualTo(400);
        assertThat(skipRegistration.getBody().get("message").toString()).contains("只能从开始表单启动");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY).count()).isEqualTo(instancesBefore);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY).count()).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateGroup("county-wudi").count()).isEqualTo(wudiTasksBefore);
    }

    @Test
    void theCityBureau_cannotStartABatchBehindItsRegistration() {
        ResponseEntity<Map> skipped = rest("trcity").post("/process-definition/key/{key}/start", Map.of(
                "variables", Map.of("batchCode", value(BATCH)), "startInstructions", List.of(Map.of(
                        "type", "startBeforeActivity", "activityId", "Event_NotifyListFixed"))),
                cn.gov.binzhou.nineones.batch.BatchProcess.KEY);

        assertThat(skipped.getStatusCode().value()).isEqualTo(400);
        assertThat(nominations.find(BATCH, binchengCode).orElseThrow().nomination().status()).isEqualTo(NominationStatus.NOMINATED);
    }

    @Test
    void aDuplicateNomination_tellsAnOutsiderNothingAboutTheEnterprise() {
        Map<String, Object> form = Campaign.nominationForm(BATCH, binchengCode, "冒名公司", "滨城区");
        Map<String, Object> variables = new java.util.HashMap<>();
        form.forEach((name, v) -> variables.put(name, value(v)));

        ResponseEntity<Map> outsider = rest("trqy").post("/process-definition/key/{key}/submit-form",
                Map.of("variables", variables), NominationProcess.KEY);
        ResponseEntity<Map> city = rest("trcity").post("/process-definition/key/{key}/submit-form",
                Map.of("variables", variables), NominationProcess.KEY);

        assertThat(outsider.getStatusCode().value()).isEqualTo(400);
        assertThat(outsider.getBody().get("message").toString()).contains("不能重复提报")
                .doesNotContain("滨城某化工公司").doesNotContain("滨城区").doesNotContain("待县级审核");
        assertThat(city.getBody().get("message").toString()).contains("滨城某化工公司（滨城区，待县级审核）");
        assertThat(nominations.find(BATCH, binchengCode).orElseThrow().enterprise().name()).isEqualTo("滨城某化工公司");
    }

    @Test
    void anOverlongComment_isRefusedNamingTheLimit() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);

        ResponseEntity<Map> tooLong = rest("trbc").post("/task/{id}/complete", Map.of("variables", Map.of(
                "countyDecision", value("RETURN"), "comment", value("很".repeat(2001)))), review.getId());

        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().get("message").toString()).contains("意见不能超过2000字");
        assertUnchanged(review);
    }

    @Test
    void submittingTheReviewForm_asTasklistDoes_echoesItsReadOnlyFields_andSetsOnlyTheDecision() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);
        EngineRest county = rest("trbc");
        Map<String, Object> shown = county.get("/task/{id}/form-variables", review.getId()).getBody();
        assertThat(shown).containsKeys(EnterpriseProcess.Field.PRINCIPAL, EnterpriseProcess.Field.REVIEW_HISTORY);
        assertThat(((Map<?, ?>) shown.get(EnterpriseProcess.Field.AGENCY)).get("value")).isEqualTo("滨城区");

        Map<String, Object> submitted = new java.util.HashMap<>();
        Forms.keys(EnterpriseProcess.FORM_COUNTY_REVIEW).stream().filter(shown::containsKey)
                .forEach(key -> submitted.put(key, value(((Map<?, ?>) shown.get(key)).get("value"))));
        assertThat(submitted).as("Tasklist sends the form's read-only fields back").containsKeys(
                EnterpriseProcess.Field.PRINCIPAL, EnterpriseProcess.Field.AGENCY);
        submitted.put(EnterpriseProcess.Field.AGENCY, value("无棣县"));
        submitted.put("countyDecision", value("APPROVE"));
        assertThat(county.post("/task/{id}/submit-form", Map.of("variables", submitted), review.getId())
                .getStatusCode().is2xxSuccessful()).isTrue();

        assertThat(nominations.find(BATCH, binchengCode).orElseThrow().nomination().status()).isEqualTo(NominationStatus.COUNTY_APPROVED);
        assertThat(runtime.getVariables(bincheng.getId())).as("the read-only fields stay out of the process")
                .doesNotContainKeys(EnterpriseProcess.Field.AGENCY, EnterpriseProcess.Field.PRINCIPAL, EnterpriseProcess.Field.REVIEW_HISTORY);
        assertThat(runtime.getVariable(bincheng.getId(), "agencyId")).isEqualTo("bincheng");
    }

    @Test
    void anotherAgency_cannotOpenTheReviewForm() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);

        ResponseEntity<Map> foreign = rest("trwd").get("/task/{id}/form-variables", review.getId());

        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(String.valueOf(foreign.getBody())).doesNotContain("滨城某化工公司");
    }

    @Test
    void submittingTheReviewForm_withARoutingFact_isRefused_andChangesNothing() {
        Task review = campaign.task(bincheng.getId(), EnterpriseProcess.COUNTY_REVIEW);

        ResponseEntity<Map> forged = rest("trbc").post("/task/{id}/submit-form", Map.of("variables", Map.of(
                "countyDecision", value("APPROVE"), "agencyId", value("wudi"))), review.getId());

        assertThat(forged.getStatusCode().value()).isEqualTo(400);
        assertThat(forged.getBody().get("message").toString()).contains("agencyId").contains("本次未作任何更改");
        assertUnchanged(review);
    }

    private void assertUnchanged(Task review) {
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(nominations.find(BATCH, binchengCode).orElseThrow().nomination().status()).isEqualTo(NominationStatus.NOMINATED);
        assertThat(nominations.find(BATCH, wudiCode).orElseThrow().nomination().status()).isEqualTo(NominationStatus.NOMINATED);
        assertThat(nominations.events(nominationId(binchengCode))).hasSize(1);
        assertThat(runtime.getVariable(bincheng.getId(), "agencyId")).isEqualTo("bincheng");
        assertThat(runtime.getVariables(bincheng.getId())).doesNotContainKeys("nominationId", "countyDecision", "cityDecision", "comment");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("county-wudi").processInstanceId(bincheng.getId()).count()).isZero();
    }

    private long nominationId(String code) {
        return nominations.find(BATCH, code).orElseThrow().nomination().id();
    }

    private EngineRest rest(String user) {
        return new EngineRest(port, user);
    }
}
