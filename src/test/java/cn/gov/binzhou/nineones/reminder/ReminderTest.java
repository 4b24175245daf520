package cn.gov.binzhou.nineones.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Sweeper;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Reminders, overdue notices and escalations as mail over real SMTP, with the engine clock moved
 * and the sweeper's jobs run by hand. An engine of its own, so no other test's tasks fall due here.
 */
@ApplicationTest
@TestPropertySource(properties = {"camunda.bpm.process-engine-name=reminderTest",
        "nineones.mailboxes.bincheng=bincheng-office@test.nineones.local"})
class ReminderTest {

    static final MailServer MAIL = MailServer.onFreePort();

    @org.springframework.test.context.DynamicPropertySource
    static void mailPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", MAIL::port);
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired Campaign campaign;
    @Autowired Sweeper sweeper;
    @Autowired IdentityService identity;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired NotificationLog log;
    @Autowired JdbcClient jdbc;
    @Autowired LiveTasks live;
    @Autowired cn.gov.binzhou.nineones.agency.Agencies agencies;

    private static int serial = 300_000;

    @BeforeAll
    static void mailServer() {
        MAIL.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @BeforeEach
    void cleanCampaign() {
        runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseProcess.KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset"));
        runtime.createProcessInstanceQuery().processDefinitionKey(ReminderProcess.KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset"));
        runtime.createProcessInstanceQuery().processDefinitionKey(DigestProcess.KEY).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset"));
        jdbc.sql("delete from nine_notification").update();
        MAIL.stop();
        MAIL.start();
        Users.ensure(identity, "rbc1", "county-bincheng");
        Users.ensure(identity, "rbc2", "county-bincheng");
        Users.ensure(identity, "rbclead", "leader-bincheng");
        Users.ensure(identity, "rcity", Groups.CITY_BUREAU);
        Users.ensure(identity, "rcitylead", Groups.CITY_LEADER);
        Campaign.today(LocalDate.of(2023, 11, 1));
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("2023-2").count() == 0) {
            campaign.startBatch("2023-2", "第二批");
        }
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    /** A county review created on Wednesday 2023-11-01: due 5 working days later, Wednesday 2023-11-08. */
    private Task countyReview(String name) {
        ProcessInstance instance = campaign.nominate("rbc1",
                Campaign.nominationForm("2023-2", CreditCodes.valid(serial++), name, "滨城区"));
        return campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW);
    }

    private static void at(int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2023, month, day, hour, 0).atZone(CampaignTime.ZONE).toInstant()));
    }

    @Test
    void aTask_getsAReminder_thenAnOverdueNotice_thenAnEscalation_eachOnce() {
        Task review = countyReview("滨州催办测试有限公司");
        assertThat(review.getDueDate()).isEqualTo(CampaignTime.endOf(LocalDate.of(2023, 11, 8)));

        at(11, 3, 9);
        assertThat(sweeper.sweep()).isEmpty();
        assertThat(MAIL.messages()).as("three working days before: nothing yet").isEmpty();

        at(11, 6, 9);
        assertThat(sweeper.sweep()).isEmpty();
        assertThat(MAIL.messages()).as("both staff and the office mailbox").hasSize(3);
        assertThat(MailServer.body(MAIL.messagesTo("bincheng-office@test.nineones.local").get(0))).contains("【即将到期提醒】县级审核");
        MimeMessage reminder = MAIL.messagesTo("rbc1@test.nineones.local").get(0);
        assertThat(MailServer.subject(reminder)).isEqualTo("【九个一】您有1项待办需要关注（1项即将到期提醒）");
        assertThat(MailServer.body(reminder)).contains("【即将到期提醒】县级审核", "企业：滨州催办测试有限公司", "县市区：滨城区",
                "办理期限：2023年11月8日 23:59（还剩2个工作日）", "#/?task=" + review.getId(), "0543-3656013");
        assertThat(MAIL.messagesTo("rbc2@test.nineones.local")).hasSize(1);

        at(11, 6, 15);
        sweeper.sweep();
        assertThat(MAIL.messages()).as("no second reminder").hasSize(3);

        at(11, 9, 9);
        sweeper.sweep();
        assertThat(MAIL.messages()).hasSize(6);
        assertThat(MailServer.body(MAIL.messagesTo("rbc1@test.nineones.local").get(1)))
                .contains("【逾期通知】县级审核", "已逾期1个工作日");

        at(11, 13, 9);
        sweeper.sweep();
        assertThat(MAIL.messages()).hasSize(8);
        MimeMessage escalation = MAIL.messagesTo("rbclead@test.nineones.local").get(0);
        assertThat(MailServer.subject(escalation)).contains("1项逾期督办");
        assertThat(MailServer.body(escalation)).contains("【逾期督办】县级审核", "已逾期3个工作日", "滨州催办测试有限公司");
        assertThat(MAIL.messagesTo("rcity@test.nineones.local")).hasSize(1);
        assertThat(MAIL.messagesTo("rcitylead@test.nineones.local")).as("county task: the agency's leaders").isEmpty();
        assertThat(MAIL.messagesTo("rbc1@test.nineones.local")).as("escalation goes above the agency staff").hasSize(2);

        at(11, 14, 9);
        sweeper.sweep();
        assertThat(MAIL.messages()).as("nothing twice").hasSize(8);
        assertThat(log.forTask(review.getId())).extracting(Notification::kind, Notification::recipient, Notification::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.REMINDER, "rbc1", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.REMINDER, "rbc2", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.REMINDER, "mailbox:bincheng-office@test.nineones.local", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.OVERDUE, "mailbox:bincheng-office@test.nineones.local", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.OVERDUE, "rbc1", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.OVERDUE, "rbc2", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.ESCALATION, "rbclead", Notification.SENT),
                        org.assertj.core.groups.Tuple.tuple(NoticeKind.ESCALATION, "rcity", Notification.SENT));
    }

    @Test
    void anAssignedTask_isChasedWithItsAssigneeOnly() {
        Task review = countyReview("滨州已认领有限公司");
        tasks.claim(review.getId(), "rbc2");

        at(11, 9, 9);
        sweeper.sweep();

        assertThat(MAIL.messages()).hasSize(1);
        assertThat(MailServer.recipients(MAIL.messages().get(0))).containsExactly("rbc2@test.nineones.local");
    }

    @Test
    void aPersonWithSeveralDueTasks_getsOneDigest() {
        countyReview("滨州甲有限公司");
        countyReview("滨州乙有限公司");
        countyReview("滨州丙有限公司");

        at(11, 9, 9);
        sweeper.sweep();

        List<MimeMessage> toRbc1 = MAIL.messagesTo("rbc1@test.nineones.local");
        assertThat(toRbc1).hasSize(1);
        assertThat(MailServer.subject(toRbc1.get(0))).isEqualTo("【九个一】您有3项待办需要关注（3项逾期通知）");
        assertThat(MailServer.body(toRbc1.get(0))).contains("滨州甲有限公司", "滨州乙有限公司", "滨州丙有限公司");
        assertThat(MAIL.messages()).as("rbc1, rbc2 and the office mailbox, one digest each").hasSize(3);
    }

    @Test
    void whileSmtpIsDown_sendingRetries_andAfterRecoveryEveryMailArrivesOnce() {
        countyReview("滨州断网测试有限公司");
        MAIL.stop();

        at(11, 9, 9);
        List<Exception> failures = sweeper.sweep();

        assertThat(failures).as("every digest fails while the server is down").hasSize(3);
        assertThat(management.createJobQuery().processDefinitionKey(DigestProcess.KEY).withException().count()).isEqualTo(3);

        MAIL.start();
        at(11, 9, 10);
        assertThat(sweeper.runDueSendJobs()).isEmpty();

        assertThat(MAIL.messages()).hasSize(3);
        assertThat(MAIL.messagesTo("rbc1@test.nineones.local")).hasSize(1);
        at(11, 9, 11);
        sweeper.sweep();
        assertThat(MAIL.messages()).as("nothing doubled after recovery").hasSize(3);
    }

    @Test
    void whenRetriesAreSpent_anIncidentShows_andTheNextSweepSendsWhatIsOwed() {
        countyReview("滨州长时间断网有限公司");
        MAIL.stop();
        at(11, 9, 9);
        sweeper.sweep();
        for (int retry = 1; retry <= 5; retry++) {
            at(11, 9, 9 + retry);
            sweeper.runDueSendJobs();
        }
        assertThat(runtime.createIncidentQuery().processDefinitionId(
                management.createJobQuery().processDefinitionKey(DigestProcess.KEY).withException().list().get(0)
                        .getProcessDefinitionId()).count()).as("failed sends show in Cockpit").isEqualTo(3);

        MAIL.start();
        at(11, 10, 9);
        sweeper.sweep();

        assertThat(MAIL.messages()).hasSize(3);
        assertThat(MAIL.messagesTo("rbc2@test.nineones.local")).hasSize(1);
    }

    @Test
    void theNotificationLog_isShownToTheCityBureau_butNotToAgencies() {
        countyReview("滨州记录查看有限公司");
        at(11, 9, 9);
        sweeper.sweep();

        org.springframework.http.ResponseEntity<byte[]> forCity = new cn.gov.binzhou.nineones.support.Api(port, "rcity").get("/api/notifications");
        org.springframework.http.ResponseEntity<byte[]> forAgency = new cn.gov.binzhou.nineones.support.Api(port, "rbc1").get("/api/notifications");

        assertThat(forCity.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(forCity.getBody(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("滨州记录查看有限公司", "\"kind\":\"OVERDUE\"", "\"status\":\"SENT\"", "\"calendarYears\"");
        assertThat(forAgency.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void noOneStartsASweepOrADigest_overRest_notEvenTheCityBureau() {
        cn.gov.binzhou.nineones.support.EngineRest city = new cn.gov.binzhou.nineones.support.EngineRest(port, "rcity");

        assertThat(city.post("/process-definition/key/{key}/start", java.util.Map.of("businessKey", "rcity"),
                DigestProcess.KEY).getStatusCode().is4xxClientError()).isTrue();
        assertThat(city.post("/process-definition/key/{key}/start", java.util.Map.of(), ReminderProcess.KEY)
                .getStatusCode().is4xxClientError()).isTrue();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DigestProcess.KEY).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReminderProcess.KEY).count()).isZero();
    }

    @Test
    void aTaskWithoutDueDate_andAFarOffTask_areLeftAlone() {
        Task review = countyReview("滨州未到期有限公司");
        tasks.setDueDate(review.getId(), null);
        countyReview("滨州远期有限公司");

        at(11, 2, 9);
        sweeper.sweep();

        assertThat(MAIL.messages()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReminderProcess.KEY).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DigestProcess.KEY).count()).as("no digest started").isZero();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aTaskEndedAfterTheSweepListedIt_getsNoRecipients_andNoErrorIsLogged(CapturedOutput output) {
        Task review = countyReview("滨州已撤回有限公司");
        runtime.deleteProcessInstance(review.getProcessInstanceId(), "withdrawn while the sweep ran");

        assertThat(new Recipients(identity, live, agencies).of(review, NoticeKind.REMINDER)).isEmpty();
        assertThat(new Recipients(identity, live, agencies).of(review, NoticeKind.ESCALATION)).isEmpty();
        assertThat(live.variables(review.getExecutionId(), List.of("enterpriseName"))).isEmpty();
        assertThat(output).doesNotContain("ENGINE-16004").doesNotContain("Cannot find task");
    }

    @Test
    void anOpenTask_getsItsCandidates_andTheAgencyMailbox() {
        Task review = countyReview("滨州仍在办有限公司");

        assertThat(new Recipients(identity, live, agencies).of(review, NoticeKind.REMINDER)).extracting(Recipients.Recipient::id)
                .contains("rbc1", "rbc2", Recipients.MAILBOX_PREFIX + "bincheng-office@test.nineones.local");
        assertThat(live.variables(review.getExecutionId(), List.of("enterpriseName"))).hasValueSatisfying(
                facts -> assertThat(facts).containsEntry("enterpriseName", "滨州仍在办有限公司"));
    }
}
