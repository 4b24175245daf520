package cn.gov.binzhou.nineones.enrollment;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CITY_APPROVAL;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.COUNTY_REVIEW;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.REVISE_NOMINATION;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var.CITY_DECISION;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var.COMMENT;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.Var.COUNTY_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Forms;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;
import cn.gov.binzhou.nineones.system.ProcessVariable;

@ApplicationTest
class EnterpriseProcessTest {

    private static final String BATCH = "2023-2";

    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired FormService forms;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Nominations nominations;
    @Autowired ShowNomination showNomination;

    private static int serial = 1000;
    private String code;

    @BeforeEach
    void batchIsOpen() {
        Campaign.today(LocalDate.of(2023, 9, 1));
        Users.ensure(identity, "bc1", "county-bincheng");
        Users.ensure(identity, "wd1", "county-wudi");
        Users.ensure(identity, "city1", Groups.CITY_BUREAU);
        Users.ensure(identity, "qy1", Groups.ENTERPRISE);
        Users.ensure(identity, "jk1", "county-jingkai");
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count() == 0) {
            campaign.startBatch(BATCH, "第二批");
        }
        code = CreditCodes.valid(serial++);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    private ProcessInstance nominated() {
        return campaign.nominate("bc1", Campaign.nominationForm(BATCH, code.toLowerCase(), "滨州安全化工有限公司", "滨城区"));
    }

    private static Map<String, Object> decision(ProcessVariable<String> variable, String value, String comment) {
        Map<String, Object> variables = new HashMap<>();
        variable.put(variables, value);
        if (comment != null) {
            COMMENT.put(variables, comment);
        }
        return variables;
    }

    @Test
    void nomination_isApprovedByCountyAndCity() {
        ProcessInstance instance = nominated();

        assertThat(instance.getBusinessKey()).isEqualTo(BATCH + "-" + code);
        Task review = campaign.task(instance.getId(), COUNTY_REVIEW);
        assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(link -> "county-bincheng".equals(link.getGroupId()));
        assertThat(review.getDueDate()).isNotNull();
        assertThat(forms.getTaskFormVariables(review.getId()).get(EnterpriseProcess.Field.PRINCIPAL)).isEqualTo("张三");
        campaign.complete("bc1", review, decision(COUNTY_DECISION, "APPROVE", null));

        Task approval = campaign.task(instance.getId(), CITY_APPROVAL);
        assertThat(tasks.getIdentityLinksForTask(approval.getId())).anyMatch(link -> Groups.CITY_BUREAU.equals(link.getGroupId()));
        assertThat(approval.getDueDate()).as("09-30 is a rest day in 2023: moved to the next working day")
                .isEqualTo(cn.gov.binzhou.nineones.system.CampaignTime.endOf(LocalDate.of(2023, 10, 7)));
        campaign.complete("city1", approval, decision(CITY_DECISION, "APPROVE", "同意列入"));

        assertThat(waitsForTheList(instance)).isTrue();
        NominatedEnterprise stored = nominations.find(BATCH, code).orElseThrow();
        assertThat(stored.nomination().status()).isEqualTo(NominationStatus.CITY_APPROVED);
        assertThat(nominations.events(stored.nomination().id()))
                .extracting(NominationEvent::step, NominationEvent::decision, NominationEvent::actor, NominationEvent::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NOMINATE", null, "bc1", null),
                        org.assertj.core.groups.Tuple.tuple(COUNTY_REVIEW, "APPROVE", "bc1", null),
                        org.assertj.core.groups.Tuple.tuple(CITY_APPROVAL, "APPROVE", "city1", "同意列入"));
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName(EnterpriseProcess.Field.PRINCIPAL_PHONE).list())
                .as("enterprise data does not stay in the process").isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(EnterpriseProcess.Field.PRINCIPAL_PHONE).list())
                .as("nor in its history: forms read it from our tables").isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(EnterpriseProcess.Var.CITY_DECISION.name()).list())
                .as("the process's own variables are in the history").hasSize(1);
    }

    @Test
    void reviewHistory_namesThePeopleAndWhatTheyDid() {
        named("bcwang", "county-bincheng", "王", "科长");
        named("cityli", Groups.CITY_BUREAU, "李", "处长");
        ProcessInstance instance = campaign.nominate("bcwang",
                Campaign.nominationForm(BATCH, code, "滨州履历化工有限公司", "滨城区"));
        campaign.complete("bcwang", campaign.task(instance.getId(), COUNTY_REVIEW),
                decision(COUNTY_DECISION, "RETURN", "请补充企业地址"));
        campaign.complete("bcwang", campaign.task(instance.getId(), REVISE_NOMINATION),
                Map.of(EnterpriseProcess.Field.ADDRESS, "滨州市滨城区黄河五路1号"));
        campaign.complete("bcwang", campaign.task(instance.getId(), COUNTY_REVIEW), decision(COUNTY_DECISION, "APPROVE", null));

        Task approval = campaign.task(instance.getId(), CITY_APPROVAL);
        List<String> lines = List.of(forms.getTaskFormVariables(approval.getId()).get("reviewHistory").toString().split("\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).endsWith(" 王科长 提报");
        assertThat(lines.get(1)).endsWith(" 王科长 县级审核：退回修改（请补充企业地址）");
        assertThat(lines.get(2)).endsWith(" 王科长 修改后重新提报");
        assertThat(lines.get(3)).endsWith(" 王科长 县级审核：通过");
        assertThat(String.join("\n", lines)).doesNotContain("bcwang", "待县级审核");

        campaign.complete("cityli", approval, decision(CITY_DECISION, "REJECT", "不符合条件"));
        identity.deleteUser("cityli");
        String after = showNomination.reviewHistory(nominations.events(nominations.find(BATCH, code).orElseThrow().nomination().id()));
        assertThat(after).as("a person no longer in the directory shows by login id")
                .endsWith(" cityli 市级审定：驳回（不符合条件）");
    }

    private void named(String userId, String group, String lastName, String firstName) {
        Users.ensure(identity, userId, group);
        org.camunda.bpm.engine.identity.User user = identity.createUserQuery().userId(userId).singleResult();
        user.setLastName(lastName);
        user.setFirstName(firstName);
        identity.saveUser(user);
    }

    @Test
    void returnedNomination_isRevisedAndApproved() {
        ProcessInstance instance = nominated();
        campaign.complete("bc1", campaign.task(instance.getId(), COUNTY_REVIEW),
                decision(COUNTY_DECISION, "RETURN", "请补充主要负责人手机号"));

        Task revise = campaign.task(instance.getId(), REVISE_NOMINATION);
        assertThat(forms.getTaskFormVariables(revise.getId()).get("reviewHistory").toString()).contains("请补充主要负责人手机号");
        Map<String, Object> revised = new HashMap<>();
        revised.put(EnterpriseProcess.Field.PRINCIPAL_PHONE, "13905439999");
        revised.put(EnterpriseProcess.Var.ENTERPRISE_NAME.name(), "滨州安全化工股份有限公司");
        campaign.complete("bc1", revise, revised);

        Task review = campaign.task(instance.getId(), COUNTY_REVIEW);
        assertThat(forms.getTaskFormVariables(review.getId()).get(EnterpriseProcess.Field.PRINCIPAL_PHONE)).isEqualTo("13905439999");
        assertThat(tasks.getVariable(review.getId(), COMMENT.name())).as("the return's comment is not carried on").isNull();
        assertThat(tasks.getVariable(review.getId(), COUNTY_DECISION.name())).as("nor is the return pre-selected").isNull();
        campaign.complete("bc1", review, decision(COUNTY_DECISION, "APPROVE", null));
        campaign.complete("city1", campaign.task(instance.getId(), CITY_APPROVAL), decision(CITY_DECISION, "APPROVE", null));

        NominatedEnterprise stored = nominations.find(BATCH, code).orElseThrow();
        assertThat(stored.enterprise().name()).isEqualTo("滨州安全化工股份有限公司");
        assertThat(stored.enterprise().industry()).isEqualTo(Industry.HAZARDOUS_CHEMICALS);
        assertThat(stored.nomination().status()).isEqualTo(NominationStatus.CITY_APPROVED);
        assertThat(nominations.events(stored.nomination().id())).extracting(NominationEvent::statusAfter).containsExactly(
                NominationStatus.NOMINATED, NominationStatus.RETURNED, NominationStatus.NOMINATED,
                NominationStatus.COUNTY_APPROVED, NominationStatus.CITY_APPROVED);
        assertThat(waitsForTheList(instance)).isTrue();
    }

    @Test
    void returnedNomination_isRevisedOnItsForm_asTasklistSubmitsEveryField() {
        ProcessInstance instance = nominated();
        campaign.complete("bc1", campaign.task(instance.getId(), COUNTY_REVIEW),
                decision(COUNTY_DECISION, "RETURN", "请补充主要负责人手机号"));
        Task revise = campaign.task(instance.getId(), REVISE_NOMINATION);
        Map<String, Object> form = new HashMap<>(forms.getTaskFormVariables(revise.getId(), Forms.keys(EnterpriseProcess.FORM_REVISE), true));
        assertThat(runtime.createVariableInstanceQuery().taskIdIn(revise.getId()).list())
                .as("the form's values are read from our tables; the task keeps only what its Tasklist card shows")
                .extracting(org.camunda.bpm.engine.runtime.VariableInstance::getName)
                .containsExactlyInAnyOrder("enterpriseName", "creditCode", "agencyName", "batchCode");

        form.put(EnterpriseProcess.Field.PRINCIPAL, " ");
        assertThatThrownBy(() -> campaign.as("bc1", () -> {
            forms.submitTaskForm(revise.getId(), form);
            return null;
        })).hasMessageContaining("修改后的提报未通过校验").hasMessageContaining("主要负责人");
        assertThat(campaign.task(instance.getId(), REVISE_NOMINATION)).as("a cleared required field: the task stays").isNotNull();

        form.put(EnterpriseProcess.Field.PRINCIPAL, "张三");
        form.put(EnterpriseProcess.Field.ADDRESS, "滨州市滨城区黄河五路1号");
        form.put(EnterpriseProcess.Field.PRINCIPAL_PHONE, "13905439999");
        form.put(EnterpriseProcess.Var.ENTERPRISE_NAME.name(), "滨州安全化工集团有限公司");
        form.put(EnterpriseProcess.Var.CREDIT_CODE.name(), CreditCodes.valid(990001));
        campaign.as("bc1", () -> {
            forms.submitTaskForm(revise.getId(), form);
            return null;
        });

        NominatedEnterprise stored = nominations.find(BATCH, code).orElseThrow();
        assertThat(stored.enterprise().principalPhone()).isEqualTo("13905439999");
        assertThat(stored.enterprise().address()).isEqualTo("滨州市滨城区黄河五路1号");
        assertThat(stored.enterprise().name()).as("the name, also a value of the Tasklist card").isEqualTo("滨州安全化工集团有限公司");
        assertThat(runtime.getVariable(instance.getId(), EnterpriseProcess.Var.ENTERPRISE_NAME.name())).isEqualTo("滨州安全化工集团有限公司");
        assertThat(stored.enterprise().safetyContact()).as("what was echoed unchanged stays")
                .isEqualTo(form.get(EnterpriseProcess.Field.SAFETY_CONTACT)).isNotNull();
        assertThat(stored.nomination().creditCode()).as("a read-only field's value changes nothing").isEqualTo(code);
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableNameIn(EnterpriseProcess.Field.REVIEW_HISTORY, EnterpriseProcess.Field.AGENCY,
                        EnterpriseProcess.Field.PRINCIPAL_PHONE).list())
                .as("neither the read-only fields nor the revised data stay in the process").isEmpty();
    }

    @Test
    void countyRejection_endsTheNominationWithItsReason() {
        ProcessInstance instance = nominated();
        Task review = campaign.task(instance.getId(), COUNTY_REVIEW);

        assertThatThrownBy(() -> campaign.complete("bc1", review, decision(COUNTY_DECISION, "REJECT", null)))
                .hasMessageContaining("必须填写意见");
        campaign.complete("bc1", review, decision(COUNTY_DECISION, "REJECT", "不属于本批次推进范围"));

        assertThat(ended(instance, EnterpriseProcess.END_REJECTED_BY_COUNTY)).isTrue();
        NominatedEnterprise stored = nominations.find(BATCH, code).orElseThrow();
        assertThat(stored.nomination().status()).isEqualTo(NominationStatus.REJECTED_BY_COUNTY);
        assertThat(nominations.events(stored.nomination().id())).last()
                .extracting(NominationEvent::comment, NominationEvent::actor)
                .containsExactly("不属于本批次推进范围", "bc1");
    }

    @Test
    void cityRejection_endsTheNominationWithItsReason() {
        ProcessInstance instance = nominated();
        campaign.complete("bc1", campaign.task(instance.getId(), COUNTY_REVIEW), decision(COUNTY_DECISION, "APPROVE", null));
        Task approval = campaign.task(instance.getId(), CITY_APPROVAL);

        assertThatThrownBy(() -> campaign.complete("city1", approval, decision(CITY_DECISION, "MAYBE", "x")))
                .hasMessageContaining("无效");
        campaign.complete("city1", approval, decision(CITY_DECISION, "REJECT", "安全管理基础薄弱，下批次再报"));

        assertThat(ended(instance, EnterpriseProcess.END_REJECTED_BY_CITY)).isTrue();
        assertThat(nominations.find(BATCH, code).orElseThrow().nomination().status())
                .isEqualTo(NominationStatus.REJECTED_BY_CITY);
    }

    @Test
    void secondNominationOfACode_isRefusedNamingTheFirst() {
        nominated();

        assertThatThrownBy(() -> campaign.nominate("bc1", Campaign.nominationForm(BATCH, code, "另一家公司", "滨城区")))
                .hasMessageContaining("已在批次" + BATCH + "中提报，不能重复提报：滨州安全化工有限公司（滨城区");
        assertThat(nominations.inBatch(BATCH)).filteredOn(n -> n.nomination().creditCode().equals(code)).hasSize(1);
    }

    @Test
    void invalidNomination_isRefusedWithEveryReason_andNothingIsStored() {
        Map<String, Object> form = Campaign.nominationForm(BATCH, code.substring(0, 17) + "0", "某公司", "滨城 区");
        form.put(EnterpriseProcess.Field.INDUSTRY, "化工");
        form.put(EnterpriseProcess.Field.CONTACT_EMAIL, "not-an-email");

        assertThatThrownBy(() -> campaign.nominate("bc1", form))
                .hasMessageContaining("校验位错误")
                .hasMessageContaining("行业类别“化工”")
                .hasMessageContaining("联系人邮箱");
        assertThat(nominations.find(BATCH, code)).isEmpty();
    }

    @Test
    void agencyUser_cannotNominateForAnotherAgency() {
        assertThatThrownBy(() -> campaign.nominate("wd1", Campaign.nominationForm(BATCH, code, "某公司", "滨城区")))
                .hasMessageContaining("只能为本单位所辖企业提报");
        assertThat(nominations.find(BATCH, code)).isEmpty();
    }

    @Test
    void enterpriseUser_nominatesItself_andMayReviseItsReturnedNomination() {
        ProcessInstance instance = campaign.nominate("qy1", Campaign.nominationForm(BATCH, code, "滨州企业自报有限公司", "经开区"));
        campaign.complete("jk1", campaign.task(instance.getId(), COUNTY_REVIEW), decision(COUNTY_DECISION, "RETURN", "补充地址"));

        Task revise = campaign.task(instance.getId(), REVISE_NOMINATION);
        assertThat(tasks.getIdentityLinksForTask(revise.getId()))
                .anyMatch(link -> "qy1".equals(link.getUserId()))
                .anyMatch(link -> "county-jingkai".equals(link.getGroupId()));
        List<Task> visibleToEnterprise = campaign.as("qy1", () -> tasks.createTaskQuery().processInstanceId(instance.getId()).list());
        assertThat(visibleToEnterprise).extracting(Task::getTaskDefinitionKey).containsExactly(REVISE_NOMINATION);
    }

    private boolean waitsForTheList(ProcessInstance instance) {
        return runtime.createExecutionQuery().processInstanceId(instance.getId())
                .activityId(EnterpriseProcess.EVENT_LIST_PUBLISHED).count() == 1;
    }

    private boolean ended(ProcessInstance instance, String endEventId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(endEventId).finished().count() == 1;
    }
}
