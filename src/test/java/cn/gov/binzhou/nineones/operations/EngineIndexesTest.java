package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.binzhou.nineones.support.ApplicationTest;

/** Camunda's task table gets the indexes its sub-task and due-date lookups need (on PostgreSQL: PostgresApplicationTest). */
@ApplicationTest
class EngineIndexesTest {

    @Autowired DataSource dataSource;

    @Test
    void subTasksAreLookedUpByAnIndex() throws Exception {
        assertThat(columnsOf("NINE_IDX_TASK_PARENT")).containsExactly("PARENT_TASK_ID_");
    }

    @Test
    void tasksDueBeforeAMomentAreFoundByAnIndex() throws Exception {
        assertThat(columnsOf("NINE_IDX_TASK_DUE")).containsExactly("DUE_DATE_");
    }

    private List<String> columnsOf(String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
            while (rs.next()) {
                if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
