package cn.gov.binzhou.nineones.operations;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * What Flyway does at start-up: migrate (demo, tests, the migrate profile), or, where
 * {@code nineones.database.migrate-on-start} is false (prod), only check that the database already has
 * this release's schema and refuse to start otherwise. Production never alters its schema by itself.
 */
@Component
class DatabaseSchema implements FlywayMigrationStrategy {

    static final String NOT_MIGRATED = "数据库结构不是本版本的，请先运行迁移步骤（SPRING_PROFILES_ACTIVE=migrate，见 docs/operations.md）"
            + " / the database lacks this release's schema: run the migrate step first (SPRING_PROFILES_ACTIVE=migrate,"
            + " see docs/operations.md). Pending: ";

    private final boolean migrateOnStart;

    DatabaseSchema(@Value("${nineones.database.migrate-on-start:true}") boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (migrateOnStart) {
            flyway.migrate();
            return;
        }
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length > 0) {
            throw new IllegalStateException(NOT_MIGRATED + Arrays.stream(pending)
                    .map(info -> String.valueOf(info.getVersion())).collect(Collectors.joining(", ")));
        }
        flyway.validate();
    }
}
