package cn.gov.binzhou.nineones.operations;

import org.camunda.bpm.engine.ManagementService;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The migrate profile's last word: once the application is up, Flyway has migrated our tables and the
 * engine has updated Camunda's. It says which versions the database now has and ends the application, so
 * the process exits (status 0).
 */
@Component
@Profile("migrate")
class MigrationReport {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationReport.class);

    private final Flyway flyway;
    private final ManagementService management;

    MigrationReport(Flyway flyway, ManagementService management) {
        this.flyway = flyway;
        this.management = management;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void reportAndExit(ApplicationReadyEvent ready) {
        var current = flyway.info().current();
        var schemaLog = management.createSchemaLogQuery().orderByTimestamp().desc().listPage(0, 1);
        LOG.info("Migration done, the application now stops / 迁移完成，程序退出: nine-ones tables at version {}, "
                + "Camunda schema at {}", current == null ? "none" : current.getVersion(),
                schemaLog.isEmpty() ? "unknown" : schemaLog.get(0).getVersion());
        // after the start-up has returned, so that nothing of it runs on a closing context
        Thread exit = new Thread(() -> SpringApplication.exit(ready.getApplicationContext()), "nine-ones-migrate-exit");
        exit.start();
    }
}
