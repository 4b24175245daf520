package cn.gov.binzhou.nineones.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Camunda's own figures in Prometheus. Counters come from the engine's metrics: what every node reported
 * to the database (each node reports every 15 minutes and when it stops) plus what this node counted
 * since; gauges are read from the engine at each scrape.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl configuration;

    EngineMetrics(ProcessEngine engine) {
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "jobs acquired by the job executors");
        counter(registry, "camunda.jobs.succeeded", Metrics.JOB_SUCCESSFUL, "jobs executed successfully");
        counter(registry, "camunda.jobs.failed", Metrics.JOB_FAILED, "job executions that failed");
        CampaignMetrics.gauge(registry, "camunda.jobs.failing", "jobs whose last execution failed and that will be retried",
                () -> management.createJobQuery().withException().withRetriesLeft().count());
        CampaignMetrics.gauge(registry, "camunda.jobs.retries.exhausted", "jobs that failed and have no retries left",
                () -> management.createJobQuery().noRetriesLeft().count());
        CampaignMetrics.gauge(registry, "camunda.incidents.open", "open incidents (shown in Cockpit)",
                () -> runtime.createIncidentQuery().count());
    }

    private void counter(MeterRegistry registry, String name, String engineMetric, String description) {
        FunctionCounter.builder(name, this, metrics -> metrics.total(engineMetric)).description(description)
                .register(registry);
    }

    private double total(String engineMetric) {
        long reported = management.createMetricsQuery().name(engineMetric).sum();
        Meter unreported = configuration.getMetricsRegistry() == null ? null
                : configuration.getMetricsRegistry().getDbMeters().get(engineMetric);
        return reported + (unreported == null ? 0 : unreported.get());
    }
}
