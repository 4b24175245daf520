package cn.gov.binzhou.nineones.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.system.TasklistFilters;

/**
 * The demo profile over real HTTP: every group has users with the documented password, a second run
 * adds nothing, the mailbox is for administrators, and the application listens on this machine only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.process-engine-name=demoProfileTest")
@DirtiesContext
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileTest {

    @org.springframework.test.context.DynamicPropertySource
    static void embeddedSmtpPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
        int port = cn.gov.binzhou.nineones.support.MailServer.freePort();
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort int port;
    @Autowired Environment environment;
    @Autowired ServerProperties server;
    @Autowired DemoNetworkNotice networkNotice;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired DemoUsers demoUsers;
    @Autowired org.springframework.mail.javamail.JavaMailSender mailSender;

    @Test
    void everyGroupHasADemoUser_withTheDocumentedPassword() {
        assertThat(identity.checkPassword("demo", "demo")).isTrue();
        for (String group : new String[] {"city-bureau", "city-leader", "city-group-1", "city-group-3", "county-bincheng",
                "county-gaoxin", "enterprise", "camunda-admin"}) {
            assertThat(identity.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
        }
        assertThat(identity.checkPassword("bincheng1", "demo")).isTrue();
        assertThat(identity.createUserQuery().userId("wudi1").singleResult().getEmail()).isEqualTo("wudi1@demo.nineones.local");
    }

    @Test
    void theDemoMailbox_showsWhatTheEmbeddedSmtpServerReceived_toAnAdministrator() throws Exception {
        org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
        mail.setFrom("nine-ones@demo.nineones.local");
        mail.setTo("wudi1@demo.nineones.local");
        mail.setSubject("【九个一】演示邮件");
        mail.setText("演示正文");
        mailSender.send(mail);

        ResponseEntity<byte[]> mailbox = demoUser("demo").get("/api/demo/mails");

        assertThat(mailbox.getStatusCode().value()).isEqualTo(200);
        List<Map<String, Object>> mails = new ObjectMapper().readValue(mailbox.getBody(), List.class);
        assertThat(mails).anySatisfy(received -> {
            assertThat(received.get("subject")).isEqualTo("【九个一】演示邮件");
            assertThat((List<String>) received.get("to")).containsExactly("wudi1@demo.nineones.local");
            assertThat((String) received.get("body")).contains("演示正文");
        });
    }

    @Test
    void theDemoMailbox_isRefusedToACountyUser_inChinese() {
        ResponseEntity<byte[]> mailbox = demoUser("bincheng1").get("/api/demo/mails");

        assertThat(mailbox.getStatusCode().value()).isEqualTo(403);
        assertThat(new String(mailbox.getBody(), StandardCharsets.UTF_8)).contains("只有系统管理员");
    }

    @Test
    void theDemoListensOnThisMachineOnly_andSaysSoAtStartUp(CapturedOutput output) {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();

        networkNotice.announce();

        assertThat(output.getOut()).contains("listens on 127.0.0.1:" + port + " only", "passwords are public",
                "--server.address=0.0.0.0", "SERVER_ADDRESS", "演示环境仅在 127.0.0.1:" + port + " 监听");
    }

    @Test
    void demoDataIsCreatedOnlyWhereMissing() {
        long users = identity.createUserQuery().count();
        long memberships = identity.createUserQuery().memberOfGroup("county-bincheng").count();

        demoUsers.ensureDemoUsers();

        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createUserQuery().memberOfGroup("county-bincheng").count()).isEqualTo(memberships);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.OWN_AGENCY).count()).isEqualTo(1);
    }

    /** A demo user over HTTP, at the loopback address the demo profile listens on. */
    private Api demoUser(String user) {
        return Api.at("http://127.0.0.1:" + port, user, DemoUsers.PASSWORD);
    }
}
