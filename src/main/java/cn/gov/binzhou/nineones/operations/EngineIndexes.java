package cn.gov.binzhou.nineones.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that its schema lacks and a city's campaign needs, created where the
 * engine may change the schema (demo, tests and the {@code migrate} profile; production never alters its
 * schema by itself and gets them from the migrate step). Same statement on H2 and PostgreSQL.
 * <p>
 * {@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing or deleting any task looks for its sub-tasks by this
 * column; without an index that is a full scan of the open tasks, 6 ms per completion at 20,000 open
 * tasks on PostgreSQL, so a batch's cost grew with the square of its size (docs/performance.md).
 * <p>
 * {@code ACT_RU_TASK(DUE_DATE_)}: the deadline sweeper and the dashboard's overdue counts ask for the open
 * tasks due before a moment, a few among tens of thousands most of the time.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists nine_idx_task_parent on act_ru_task (parent_task_id_)",
            "create index if not exists nine_idx_task_due on act_ru_task (due_date_)");
    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("engine indexes could not be created", e);
        }
        LOG.debug("Engine indexes in place: {}", STATEMENTS);
    }
}
