package cn.gov.binzhou.nineones.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.gov.binzhou.nineones.system.TasklistFilters;

/** The demo profile's data: every group has users with the documented password, and a second run adds nothing. */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=demoProfileTest")
@DirtiesContext
@ActiveProfiles({"demo", "test"})
class DemoProfileTest {

    @org.springframework.test.context.DynamicPropertySource
    static void embeddedSmtpPort(org.springframework.test.context.DynamicPropertyRegistry registry) {
        int port = cn.gov.binzhou.nineones.support.MailServer.freePort();
        registry.add("spring.mail.port", () -> port);
    }

    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired DemoUsers demoUsers;
    @Autowired DemoMailController demoMails;
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
    void theDemoMailbox_showsWhatTheEmbeddedSmtpServerReceived() throws Exception {
        org.springframework.mail.SimpleMailMessage mail = new org.springframework.mail.SimpleMailMessage();
        mail.setFrom("nine-ones@demo.nineones.local");
        mail.setTo("wudi1@demo.nineones.local");
        mail.setSubject("【九个一】演示邮件");
        mail.setText("演示正文");
        mailSender.send(mail);

        assertThat(demoMails.mails()).anySatisfy(received -> {
            assertThat(received.subject()).isEqualTo("【九个一】演示邮件");
            assertThat(received.to()).containsExactly("wudi1@demo.nineones.local");
            assertThat(received.body()).contains("演示正文");
        });
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
}
