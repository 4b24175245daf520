package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

import cn.gov.binzhou.nineones.NineOnesApplication;

/**
 * The alternative to credentials: a separate management port (docs/operations.md). There the endpoints
 * answer without login, health with its components; the application's port no longer serves them.
 */
class ManagementPortTest {

    @Test
    void onASeparateManagementPort_metricsAndDetailsAreThere_andGoneFromTheApplicationsPort() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NineOnesApplication.class).profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--management.server.address=127.0.0.1",
                        "--management.endpoint.health.show-details=always",
                        "--camunda.bpm.process-engine-name=managementPortTest")) {
            String management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");
            String application = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

            assertThat(status(management + "/actuator/prometheus")).isEqualTo(200);
            assertThat(body(management + "/actuator/prometheus")).contains("nineones_tasks_open", "camunda_jobs_acquired_total");
            assertThat(body(management + "/actuator/health")).contains("\"components\"", "\"mailServer\"");
            assertThat(status(application + "/actuator/prometheus")).isNotEqualTo(200);
            assertThat(status(application + "/actuator/health")).isNotEqualTo(200);
        }
    }

    private static int status(String url) {
        Integer code = RestClient.create().get().uri(url)
                .exchange((request, response) -> Integer.valueOf(response.getStatusCode().value()));
        return code;
    }

    private static String body(String url) {
        return RestClient.create().get().uri(url).retrieve().body(String.class);
    }
}
