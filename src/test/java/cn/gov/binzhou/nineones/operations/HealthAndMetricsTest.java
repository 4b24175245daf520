package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Sweeper;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Actuator over real HTTP: the health summary and probes are open, details and metrics are for
 * administrators; the mail server down makes the service DEGRADED (still 200, still ready), never DOWN;
 * Prometheus shows Camunda's figures and the campaign's: open and overdue tasks per agency, incidents,
 * failed jobs, notifications pending and failed.
 */
@ApplicationTest
@AutoConfigureObservability(tracing = false) // Spring Boot's tests leave metrics export off unless asked
@TestPropertySource(properties = "camunda.bpm.process-engine-name=healthTest")
class HealthAndMetricsTest {

    static final MailServer MAIL = MailServer.onFreePort();

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", MAIL::port);
    }

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired Campaign campaign;
    @Autowired Sweeper sweeper;

    @AfterEach
    void tearDown() {
        MAIL.stop();
        Campaign.resetClock();
    }

    @Test
    void healthSummaryAndProbes_areOpen_withoutDetails() throws Exception {
        Map<String, Object> health = json(get(null, "/actuator/health"));
        assertThat(health).containsKey("status").doesNotContainKey("components");
        assertThat(get(null, "/actuator/health/liveness").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(get(null, "/actuator/health/liveness"))).containsEntry("status", "UP");
        assertThat(json(get(null, "/actuator/health/readiness"))).containsEntry("status", "UP").doesNotContainKey("components");
    }

    @Test
    void detailsAndMetrics_areForAdministratorsOnly() {
        Users.ensure(identity, "opsadmin", Groups.ADMIN);
        Users.ensure(identity, "opsbc", "county-bincheng");

        assertThat(get(null, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("opsbc", "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(null, "/actuator").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a user of its own: after a wrong password Camunda delays that user's next login
        Users.ensure(identity, "opsadmin2", Groups.ADMIN);
        assertThat(getWithPassword("opsadmin2", "wrong", "/actuator/health").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("opsadmin", "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(get("opsbc", "/actuator/health"))).as("a county user sees the summary only")
                .doesNotContainKey("components");
        assertThat(json(get("opsadmin", "/actuator/health"))).containsKey("components");
    }

    @Test
    void mailServerDown_makesTheServiceDegraded_notDown_andStillReady() {
        Users.ensure(identity, "opsadmin", Groups.ADMIN);

        ResponseEntity<byte[]> down = get("opsadmin", "/actuator/health");
        assertThat(down.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> degraded = json(down);
        assertThat(degraded).containsEntry("status", "DEGRADED");
        assertThat(component(degraded, "mailServer")).containsEntry("status", "DEGRADED");
        assertThat(component(degraded, "db")).containsEntry("status", "UP");
        assertThat(component(degraded, "processEngine")).containsEntry("status", "UP");
        assertThat(json(get(null, "/actuator/health/readiness"))).containsEntry("status", "UP");

        MAIL.start();
        Map<String, Object> up = json(get("opsadmin", "/actuator/health"));
        assertThat(up).containsEntry("status", "UP");
        assertThat(component(up, "mailServer")).containsEntry("status", "UP");
    }

    @Test
    void prometheus_showsTasksPerAgency_overdueTasks_failedSends_andCamundasFigures() {
        Users.ensure(identity, "opsadmin", Groups.ADMIN);
        Users.ensure(identity, "opswd", "county-wudi");
        Campaign.today(LocalDate.of(2024, 9, 2));
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("2024-2").count() == 0) {
            campaign.startBatch("2024-2", "第二批");
        }
        for (int i = 0; i < 2; i++) {
            campaign.nominate("opswd", Campaign.nominationForm("2024-2", CreditCodes.valid(912_000 + i),
                    "无棣运维测试" + i + "有限公司", "无棣县"));
        }

        String before = prometheus();
        assertThat(value(before, "nineones_tasks_open{agency=\"wudi\"")).isEqualTo(2.0);
        assertThat(value(before, "nineones_tasks_overdue{agency=\"wudi\"")).isZero();
        assertThat(value(before, "nineones_tasks_open{agency=\"bincheng\"")).isZero();

        // county reviews of 2024-09-02 are due five working days later; a month on they are overdue, the
        // sweeper logs the notices, and with the mail server down their sending fails
        Campaign.today(LocalDate.of(2024, 10, 8));
        assertThat(sweeper.sweep()).as("sending fails while the mail server is down").isNotEmpty();

        String after = prometheus();
        assertThat(value(after, "nineones_tasks_overdue{agency=\"wudi\"")).isEqualTo(2.0);
        assertThat(value(after, "nineones_tasks_overdue_all{")).isGreaterThanOrEqualTo(2.0);
        assertThat(value(after, "nineones_notifications_pending{")).isGreaterThanOrEqualTo(2.0);
        assertThat(value(after, "nineones_notifications_failed{")).as("opswd's overdue notices").isGreaterThanOrEqualTo(2.0);
        assertThat(value(after, "camunda_jobs_failing{")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(after, "camunda_jobs_failed_total{")).isGreaterThanOrEqualTo(1.0);
        assertThat(after).contains("camunda_jobs_acquired_total", "camunda_incidents_open", "camunda_jobs_retries_exhausted",
                "nineones_notifications_sent");
    }

    private String prometheus() {
        ResponseEntity<byte[]> response = get("opsadmin", "/actuator/prometheus");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value of the first sample line starting with the given name and label prefix. */
    static double value(String exposition, String prefix) {
        return exposition.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no sample " + prefix + " in\n" + exposition));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> component(Map<String, Object> health, String name) {
        return (Map<String, Object>) ((Map<String, Object>) health.get("components")).get(name);
    }

    private ResponseEntity<byte[]> get(String user, String path) {
        return getWithPassword(user, Users.PASSWORD, path);
    }

    private ResponseEntity<byte[]> getWithPassword(String user, String password, String path) {
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> {
                    if (user != null) {
                        headers.setBasicAuth(user, password);
                    }
                }).build();
        return client.get().uri(path).exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                .body(response.getBody().readAllBytes()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ResponseEntity<byte[]> response) {
        try {
            return new ObjectMapper().readValue(response.getBody(), Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
