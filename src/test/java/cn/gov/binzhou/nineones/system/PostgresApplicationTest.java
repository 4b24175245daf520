package cn.gov.binzhou.nineones.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.enrollment.NominationStatus;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.PostgresServer;
import cn.gov.binzhou.nineones.support.Users;

/** The application on a real PostgreSQL server: schema, deployment and a nomination through county review. */
@ApplicationTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=postgresTest")
@DirtiesContext // closes the engine while its PostgreSQL server still runs
class PostgresApplicationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry, "nineones_app");
    }

    @Autowired DataSource dataSource;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired Campaign campaign;
    @Autowired Nominations nominations;

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void applicationStartsAndDeploysOnPostgres() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResources(d.getId()).stream())
                .map(r -> r.getName().substring(r.getName().lastIndexOf('/') + 1)).toList();
        assertThat(deployed).containsAll(DeploymentTest.modelFiles());
    }

    @Test
    void subTasksAndDueDatesAreLookedUpByIndexes() throws Exception {
        assertThat(indexDefinition("nine_idx_task_parent")).containsIgnoringCase("on public.act_ru_task").containsIgnoringCase("(parent_task_id_)");
        assertThat(indexDefinition("nine_idx_task_due")).containsIgnoringCase("on public.act_ru_task").containsIgnoringCase("(due_date_)");
    }

    private String indexDefinition(String index) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select indexdef from pg_indexes where indexname = ?")) {
            statement.setString(1, index);
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).as("index " + index + " exists").isTrue();
                return rs.getString(1);
            }
        }
    }

    @Test
    void nominationRunsThroughCountyReviewOnPostgres() throws IOException {
        Campaign.today(LocalDate.of(2023, 9, 1));
        Users.ensure(identity, "pgbc", "county-bincheng");
        campaign.startBatch("2023-2", "第二批");
        String code = CreditCodes.valid(424242);
        ProcessInstance instance = campaign.nominate("pgbc", Campaign.nominationForm("2023-2", code, "滨州某公司", "滨城区"));

        campaign.complete("pgbc", campaign.task(instance.getId(), EnterpriseProcess.COUNTY_REVIEW),
                Map.of(EnterpriseProcess.Var.COUNTY_DECISION.name(), "APPROVE"));

        assertThat(nominations.find("2023-2", code).orElseThrow().nomination().status())
                .isEqualTo(NominationStatus.COUNTY_APPROVED);
        assertThat(campaign.task(instance.getId(), EnterpriseProcess.CITY_APPROVAL)).isNotNull();
    }
}
