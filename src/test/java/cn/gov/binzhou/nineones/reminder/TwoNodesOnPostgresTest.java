package cn.gov.binzhou.nineones.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.binzhou.nineones.NineOnesApplication;
import cn.gov.binzhou.nineones.batch.BatchProcess;
import cn.gov.binzhou.nineones.enrollment.NominationProcess;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.PostgresServer;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * Camunda's own clustering: two application nodes on one real PostgreSQL database, both running the
 * job executor, both sweeping at once. Every mail arrives exactly once.
 */
class TwoNodesOnPostgresTest {

    private final MailServer mail = MailServer.onFreePort().start();

    @AfterEach
    void tearDown() {
        mail.stop();
        ClockUtil.reset();
    }

    @Test
    void twoNodesSharingOneDatabase_sendEveryDueMailExactlyOnce() throws Exception {
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2023, 9, 1, 12, 0)));
        String url = PostgresServer.createDatabase("nineones_cluster");
        try (ConfigurableApplicationContext node1 = node("node1", url); ConfigurableApplicationContext node2 = node("node2", url)) {
            IdentityService identity = node1.getBean(IdentityService.class);
            for (String user : List.of("cl1", "cl2", "cl3")) {
                Users.ensure(identity, user, "county-bincheng");
            }
            RuntimeService runtime1 = node1.getBean(RuntimeService.class);
            runtime1.startProcessInstanceByKey(BatchProcess.KEY, Map.of(BatchProcess.Var.BATCH_CODE.name(), "2023-2",
                    BatchProcess.Field.BATCH_NAME, "第二批"));
            for (int i = 0; i < 3; i++) {
                Map<String, Object> form = new HashMap<>(Campaign.nominationForm("2023-2", CreditCodes.valid(770 + i),
                        "滨州集群测试" + i + "有限公司", "滨城区"));
                runtime1.startProcessInstanceByKey(NominationProcess.KEY, form);
            }

            // Monday 2023-09-11: the three county reviews (due Friday 09-08) are overdue; the sweeper's
            // timer is due, and both nodes also sweep by hand at the same moment.
            ClockUtil.setCurrentTime(at(LocalDateTime.of(2023, 9, 11, 9, 0)));
            Thread second = new Thread(() -> node2.getBean(RuntimeService.class).startProcessInstanceByKey(ReminderProcess.KEY));
            second.start();
            try {
                runtime1.startProcessInstanceByKey(ReminderProcess.KEY);
            } catch (RuntimeException collided) {
                // the other node planned the same notices at the same moment; its plan stands
            }
            second.join();

            assertThat(mail.await(3, 60_000)).as("three digests arrive").isTrue();
            awaitNoReminderJobs(node1.getBean(ManagementService.class));
            assertThat(mail.await(4, 2_000)).as("no fourth mail").isFalse();
            assertThat(mail.messages()).hasSize(3);
            for (String user : List.of("cl1", "cl2", "cl3")) {
                assertThat(mail.messagesTo(user + "@test.nineones.local")).as(user).hasSize(1);
                assertThat(MailServer.subject(mail.messagesTo(user + "@test.nineones.local").get(0)))
                        .isEqualTo("【九个一】您有3项待办需要关注（3项逾期通知）");
            }
            assertThat(node2.getBean(NotificationLog.class).recent(100)).hasSize(9)
                    .allMatch(n -> Notification.SENT.equals(n.status()));
        }
    }

    private static void awaitNoReminderJobs(ManagementService management) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (management.createJobQuery().processDefinitionKey(DigestProcess.KEY).messages().count() > 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private ConfigurableApplicationContext node(String name, String url) {
        return new SpringApplicationBuilder(NineOnesApplication.class).profiles("test").run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.max-wait=500",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--server.port=0",
                "--spring.mail.port=" + mail.port());
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(CampaignTime.ZONE).toInstant());
    }

}
