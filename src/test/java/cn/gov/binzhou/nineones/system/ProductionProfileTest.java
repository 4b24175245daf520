package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import cn.gov.binzhou.nineones.NineOnesApplication;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.PostgresServer;

/**
 * The production profile as the bureau runs it: PostgreSQL and SMTP from the environment, no demo users,
 * and nothing of the demo, in particular not its in-process SMTP server (GreenMail).
 */
class ProductionProfileTest {

    private static final String DEMO_PACKAGE = "cn.gov.binzhou.nineones.demo.";

    @Test
    void productionProfile_startsOnPostgres_withTheAdministratorFromTheEnvironment_andNoDemoUsers() {
        String url = PostgresServer.createDatabase("nineones_prod");
        migrate(url); // production never creates or alters the schema itself (docs/operations.md)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NineOnesApplication.class).profiles("prod").run(
                "--NINEONES_DB_URL=" + url,
                "--NINEONES_DB_USER=postgres",
                "--NINEONES_DB_PASSWORD=postgres",
                "--NINEONES_SMTP_HOST=localhost",
                "--NINEONES_SMTP_PORT=" + MailServer.freePort(),
                "--NINEONES_ADMIN_USER=yjjadmin",
                "--NINEONES_ADMIN_PASSWORD=Bz-2026-strong-secret",
                "--NINEONES_BASE_URL=https://nineones.example.gov.cn",
                "--camunda.bpm.process-engine-name=prodProfileTest",
                "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0")) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.checkPassword("yjjadmin", "Bz-2026-strong-secret")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).userId("yjjadmin").count()).isEqualTo(1);
            assertThat(identity.createUserQuery().userId("demo").count()).isZero();
            assertThat(identity.createUserQuery().userId("bincheng1").count()).isZero();
            assertThat(identity.createGroupQuery().groupId("county-gaoxin").count()).as("groups exist in production").isEqualTo(1);
            assertThat(app.getBean(SystemProperties.class).baseUrl()).isEqualTo("https://nineones.example.gov.cn");

            assertThat(app.getBeanNamesForType(GreenMail.class, true, false)).as("no GreenMail in production").isEmpty();
            assertThat(demoBeans(app)).as("no bean of the demo package in production").isEmpty();
        }
    }

    /** The documented install and upgrade step: the migrate profile, with the database from the environment. */
    private static void migrate(String url) {
        new SpringApplicationBuilder(NineOnesApplication.class).profiles("migrate").run("--NINEONES_DB_URL=" + url,
                "--NINEONES_DB_USER=postgres", "--NINEONES_DB_PASSWORD=postgres",
                "--camunda.bpm.process-engine-name=prodProfileMigrate").close();
    }

    private static List<String> demoBeans(ConfigurableApplicationContext app) {
        return Arrays.stream(app.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = app.getBeanFactory().getType(name, false);
                    return type != null && type.getName().startsWith(DEMO_PACKAGE);
                })
                .toList();
    }
}
