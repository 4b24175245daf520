package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.binzhou.nineones.NineOnesApplication;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.PostgresServer;

/**
 * Upgrades on a real PostgreSQL database: the production profile never alters the schema by itself, it
 * refuses to start on a database that lacks this release's schema; the migrate profile (the documented
 * upgrade step) brings Flyway's and Camunda's schema up to date and ends, and production then starts.
 */
class SchemaUpgradeTest {

    static final String ADMIN_PASSWORD = "Bz-2026-strong-secret";

    @Test
    void production_refusesAnOldSchema_theMigrateStepUpgradesIt_thenProductionStarts() throws SQLException {
        String url = PostgresServer.createDatabase("nineones_upgrade");

        assertThatThrownBy(() -> production(url, "upgradeProd1").close()).as("an empty database");
        assertThat(tables(url)).as("production created nothing").isEmpty();

        // the previous release: our tables up to V2, and Camunda's
        migrate(url, "--spring.flyway.target=2");
        assertThat(flyway(url).info().current().getVersion().getVersion()).isEqualTo("2");

        assertThatThrownBy(() -> production(url, "upgradeProd2").close()).as("a database of the previous release")
                .hasStackTraceContaining(DatabaseSchema.NOT_MIGRATED + "3");
        assertThat(flyway(url).info().current().getVersion().getVersion()).as("production migrated nothing").isEqualTo("2");

        migrate(url);
        assertThat(flyway(url).info().pending()).isEmpty();

        try (ConfigurableApplicationContext prod = production(url, "upgradeProd3")) {
            ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) prod.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration();
            assertThat(engine.getDatabaseSchemaUpdate()).isEqualTo("false");
            assertThat(engine.getIdentityService().checkPassword("upgradeadmin", ADMIN_PASSWORD)).isTrue();
        }
    }

    /** The documented upgrade step: the migrate profile, with the database from the environment. */
    static void migrate(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--NINEONES_DB_URL=" + url, "--NINEONES_DB_USER=postgres",
                "--NINEONES_DB_PASSWORD=postgres", "--camunda.bpm.process-engine-name=migrate" + System.nanoTime()));
        args.addAll(List.of(more));
        ConfigurableApplicationContext migrate = new SpringApplicationBuilder(NineOnesApplication.class)
                .profiles("migrate").run(args.toArray(String[]::new));
        long deadline = System.currentTimeMillis() + 60_000;
        while (migrate.isActive() && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        assertThat(migrate.isActive()).as("the migrate step ends by itself").isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ConfigurableApplicationContext production(String url, String engineName) {
        return new SpringApplicationBuilder(NineOnesApplication.class).profiles("prod").run(
                "--NINEONES_DB_URL=" + url, "--NINEONES_DB_USER=postgres", "--NINEONES_DB_PASSWORD=postgres",
                "--NINEONES_SMTP_HOST=localhost", "--NINEONES_SMTP_PORT=" + MailServer.freePort(),
                "--NINEONES_ADMIN_USER=upgradeadmin", "--NINEONES_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--NINEONES_BASE_URL=https://nineones.example.gov.cn",
                "--camunda.bpm.process-engine-name=" + engineName, "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0");
    }

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load();
    }

    private static List<String> tables(String url) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                var rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
