package cn.gov.binzhou.nineones.accounts;

import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.CITY_APPROVAL;
import static cn.gov.binzhou.nineones.enrollment.EnterpriseProcess.COUNTY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.Jobs;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Listed enterprises get Tasklist accounts from their nomination's contact e-mail: created and linked
 * once, their first password mailed once after the accounts are committed, a password that then opens
 * Camunda's REST API; a mail that cannot go out keeps its account and goes out on the retry.
 */
@ApplicationTest
class EnterpriseAccountsTest {

    private static final String BATCH = "2024-3";
    private static final MailServer MAIL = MailServer.onFreePort();
    private static final Pattern PASSWORD = Pattern.compile("初始密码：(\\S+)");

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", MAIL::port);
    }

    @LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired Nominations nominations;
    @Autowired EnterpriseAccounts accounts;
    @Autowired AccountMailLog mailLog;
    @Autowired ManagementService management;
    @Autowired Jobs jobs;

    private static int serial = 840_000;

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void batchIsOpen() {
        MAIL.stop();
        MAIL.start();
        Campaign.today(LocalDate.of(2024, 9, 2));
        Users.ensure(identity, "accbc", "county-bincheng");
        Users.ensure(identity, "acccity", Groups.CITY_BUREAU);
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(BATCH).count() == 0) {
            campaign.startBatch(BATCH, "第三批");
        }
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void listedEnterprises_getAnAccountEach_linkedAndMailedOnce_withAPasswordThatOpensTheRestApi() {
        String first = listed("滨州甲化工有限公司", "jia@example.com");
        String second = listed("滨州乙机械有限公司", "yi@example.com");

        accounts.ensureFor(BATCH);
        sendMails();

        for (String code : List.of(first, second)) {
            String userId = "e" + code.toLowerCase();
            User user = identity.createUserQuery().userId(userId).singleResult();
            assertThat(user).as("account of " + code).isNotNull();
            assertThat(user.getLastName()).isEqualTo("李四");
            assertThat(identity.createUserQuery().userId(userId).memberOfGroup(Groups.ENTERPRISE).count()).isEqualTo(1);
            assertThat(nomination(code).enterpriseUserId()).isEqualTo(userId);
        }
        assertThat(identity.createUserQuery().userId("e" + first.toLowerCase()).singleResult().getFirstName())
                .isEqualTo("滨州甲化工有限公司");
        List<MimeMessage> toFirst = MAIL.messagesTo("jia@example.com");
        assertThat(toFirst).hasSize(1);
        assertThat(MAIL.messagesTo("yi@example.com")).hasSize(1);
        String body = MailServer.body(toFirst.get(0));
        assertThat(MailServer.subject(toFirst.get(0))).contains("账号开通");
        assertThat(body).contains("李四", "滨州甲化工有限公司", "http://localhost:8080/camunda/app/tasklist/",
                "用户名：e" + first.toLowerCase(), "修改密码", "0543-3656013");
        String password = passwordIn(toFirst.get(0));
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(restStatus("e" + first.toLowerCase(), password)).isEqualTo(200);
        assertThat(passwordIn(MAIL.messagesTo("yi@example.com").get(0))).isNotEqualTo(password);
        // a wrong password delays that user's next login (Camunda's login delay), so it is tried on the other one
        assertThat(restStatus("e" + second.toLowerCase(), password)).isEqualTo(401);
        assertThat(mailLog.forUser("e" + first.toLowerCase()).orElseThrow().status()).isEqualTo(AccountMail.SENT);

        long users = identity.createUserQuery().count();
        accounts.ensureFor(BATCH);
        sendMails();

        assertThat(identity.createUserQuery().count()).as("a second call creates nobody").isEqualTo(users);
        assertThat(MAIL.messages()).as("and sends nothing").hasSize(2);
        assertThat(restStatus("e" + first.toLowerCase(), password)).as("nor changes a password").isEqualTo(200);
    }

    @Test
    void noContactEmail_orNotListed_meansNoAccount() {
        String withoutEmail = listed("滨州无邮箱有限公司", null);
        String inReview = nominated("滨州审核中有限公司", "shenhe@example.com").getBusinessKey().substring(BATCH.length() + 1);

        accounts.ensureFor(BATCH);
        sendMails();

        assertThat(nomination(withoutEmail).enterpriseUserId()).isNull();
        assertThat(identity.createUserQuery().userId("e" + withoutEmail.toLowerCase()).count()).isZero();
        assertThat(nomination(inReview).enterpriseUserId()).isNull();
        assertThat(identity.createUserQuery().userId("e" + inReview.toLowerCase()).count()).isZero();
        assertThat(MAIL.messagesTo("shenhe@example.com")).isEmpty();
    }

    @Test
    void anAccountFromAnEarlierBatch_isLinkedAgain_withoutMail_andAnEnterpriseWithItsOwnUser_isLeftAlone() {
        String returning = listed("滨州老企业有限公司", "lao@example.com");
        String userId = Users.ensure(identity, "e" + returning.toLowerCase(), Groups.ENTERPRISE);
        String selfNominated = listed("滨州自荐有限公司", "zijian@example.com");
        nominations.assignEnterpriseUser(nomination(selfNominated).id(), "acc-own-user");

        accounts.ensureFor(BATCH);
        sendMails();

        assertThat(nomination(returning).enterpriseUserId()).isEqualTo(userId);
        assertThat(MAIL.messagesTo("lao@example.com")).isEmpty();
        assertThat(restStatus(userId, Users.PASSWORD)).as("its password stays").isEqualTo(200);
        assertThat(nomination(selfNominated).enterpriseUserId()).isEqualTo("acc-own-user");
        assertThat(identity.createUserQuery().userId("e" + selfNominated.toLowerCase()).count()).isZero();
        assertThat(MAIL.messagesTo("zijian@example.com")).isEmpty();
    }

    @Test
    void aUserOfTheSameIdOutsideTheEnterpriseGroup_isNeverHandedToTheEnterprise() {
        String code = listed("滨州撞名有限公司", "zhuangming@example.com");
        Users.ensure(identity, "e" + code.toLowerCase(), "county-bincheng");

        accounts.ensureFor(BATCH);
        sendMails();

        assertThat(nomination(code).enterpriseUserId()).isNull();
        assertThat(MAIL.messagesTo("zhuangming@example.com")).isEmpty();
    }

    @Test
    void whileTheMailServerIsDown_theAccountIsKept_andItsMailGoesOutOnce_whenTheEngineRetriesFiveMinutesLater() {
        String code = listed("滨州断网有限公司", "duanwang@example.com");
        String userId = "e" + code.toLowerCase();
        MAIL.stop();

        accounts.ensureFor(BATCH);
        assertThat(sendMails()).as("the send fails").hasSize(1);

        assertThat(identity.createUserQuery().userId(userId).count()).isEqualTo(1);
        assertThat(nomination(code).enterpriseUserId()).isEqualTo(userId);
        assertThat(mailLog.forUser(userId).orElseThrow().status()).isEqualTo(AccountMail.PENDING);
        Job send = sendJobOf(userId);
        assertThat(send.getExceptionMessage()).isNotNull();
        assertThat(send.getDuedate()).isAfter(ClockUtil.getCurrentTime());

        MAIL.start();
        assertThat(sendMails()).isEmpty();
        assertThat(MAIL.messages()).as("not before the retry is due").isEmpty();
        later(6);
        assertThat(sendMails()).isEmpty();
        assertThat(sendMails()).isEmpty();

        List<MimeMessage> mails = MAIL.messagesTo("duanwang@example.com");
        assertThat(mails).hasSize(1);
        assertThat(restStatus(userId, passwordIn(mails.get(0)))).isEqualTo(200);
        assertThat(mailLog.forUser(userId).orElseThrow().status()).isEqualTo(AccountMail.SENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(userId).count()).as("its mail ended").isZero();
    }

    @Test
    void whenRetriesAreSpent_anIncidentShowsInCockpit_andRetryingItThereSendsTheMail() {
        String code = listed("滨州长断网有限公司", "changduan@example.com");
        String userId = "e" + code.toLowerCase();
        MAIL.stop();
        accounts.ensureFor(BATCH);

        int failures = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            failures += sendMails().size();
            later(6);
        }

        assertThat(failures).as("tried 10 times in all").isEqualTo(10);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(userId).singleResult().getId();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(restStatus(userId, Users.PASSWORD)).as("no password anybody knows").isEqualTo(401);

        MAIL.start();
        management.setJobRetries(sendJobOf(userId).getId(), 1);
        assertThat(sendMails()).isEmpty();

        assertThat(MAIL.messagesTo("changduan@example.com")).hasSize(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void theMailProcess_cannotBeStartedByAnyone_overRest() {
        ResponseEntity<Map> forged = new EngineRest(port, "acccity").post("/process-definition/key/{key}/start",
                Map.of("businessKey", "acccity"), AccountMailProcess.KEY);

        assertThat(forged.getStatusCode().is4xxClientError()).isTrue();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AccountMailProcess.KEY)
                .processInstanceBusinessKey("acccity").count()).isZero();
    }

    @Test
    void theBatchProcessExpression_worksInTheCommandOfACityUser_whoHoldsNoRightsOnUsers() {
        String code = listed("滨州表达式有限公司", "biaodashi@example.com");
        repository.createDeployment().addModelInstance("accounts-expression.bpmn", Bpmn.createExecutableProcess("accounts-expression")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("fixList").camundaCandidateGroups(Groups.CITY_BUREAU)
                .serviceTask("ensureAccounts").camundaExpression("${enterpriseAccounts.ensureFor(batchCode)}")
                .endEvent().done()).deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey("accounts-expression", Map.of("batchCode", BATCH));

        campaign.complete("acccity", campaign.task(instance.getId(), "fixList"), Map.of());
        sendMails();

        assertThat(nomination(code).enterpriseUserId()).isEqualTo("e" + code.toLowerCase());
        List<MimeMessage> mails = MAIL.messagesTo("biaodashi@example.com");
        assertThat(mails).hasSize(1);
        assertThat(restStatus("e" + code.toLowerCase(), passwordIn(mails.get(0)))).isEqualTo(200);
    }

    // ---- helpers

    /** Runs the send jobs of the first-password mails that are due, as the job executor would. */
    private List<Exception> sendMails() {
        return jobs.runDueOf(AccountMailProcess.KEY);
    }

    private Job sendJobOf(String userId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(userId)
                .processDefinitionKey(AccountMailProcess.KEY).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }

    private static void later(int minutes) {
        ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + minutes * 60_000L));
    }

    private ProcessInstance nominated(String name, String email) {
        Map<String, Object> form = new HashMap<>(Campaign.nominationForm(BATCH, CreditCodes.valid(serial++), name, "滨城区"));
        if (email == null) {
            form.remove(EnterpriseProcess.Field.CONTACT_EMAIL);
        } else {
            form.put(EnterpriseProcess.Field.CONTACT_EMAIL, email);
        }
        return campaign.nominate("accbc", form);
    }

    /** Nominated, approved by the county and listed by the city; answers the credit code. */
    private String listed(String name, String email) {
        ProcessInstance instance = nominated(name, email);
        Map<String, Object> approve = new HashMap<>();
        EnterpriseProcess.Var.COUNTY_DECISION.put(approve, "APPROVE");
        campaign.complete("accbc", campaign.task(instance.getId(), COUNTY_REVIEW), approve);
        Map<String, Object> list = new HashMap<>();
        EnterpriseProcess.Var.CITY_DECISION.put(list, "APPROVE");
        campaign.complete("acccity", campaign.task(instance.getId(), CITY_APPROVAL), list);
        return instance.getBusinessKey().substring(BATCH.length() + 1);
    }

    private Nomination nomination(String code) {
        return nominations.find(BATCH, code).orElseThrow().nomination();
    }

    private static String passwordIn(MimeMessage mail) {
        Matcher matcher = PASSWORD.matcher(MailServer.body(mail));
        assertThat(matcher.find()).as("a password in the mail").isTrue();
        return matcher.group(1);
    }

    /** The status of an authenticated call to Camunda's REST API with these credentials. */
    private int restStatus(String userId, String password) {
        return org.springframework.web.client.RestClient.create("http://localhost:" + port + "/engine-rest")
                .get().uri("/task/count").headers(headers -> headers.setBasicAuth(userId, password))
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
