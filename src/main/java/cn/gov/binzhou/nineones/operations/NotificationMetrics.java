package cn.gov.binzhou.nineones.operations;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.reminder.Notification;
import cn.gov.binzhou.nineones.reminder.DigestProcess;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The notification log ({@code nine_notification}) in Prometheus: notices pending and sent, and those
 * whose sending failed: the pending notices of recipients whose digest failed to send (retried, or out
 * of retries and an incident).
 */
@Component
class NotificationMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final RuntimeService runtime;

    NotificationMetrics(JdbcClient jdbc, ManagementService management, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CampaignMetrics.gauge(registry, "nineones.notifications.pending", "notices logged and not yet mailed",
                () -> withStatus(Notification.PENDING));
        CampaignMetrics.gauge(registry, "nineones.notifications.sent", "notices mailed",
                () -> withStatus(Notification.SENT));
        CampaignMetrics.gauge(registry, "nineones.notifications.failed", "pending notices whose send job failed",
                this::failed);
    }

    private long withStatus(String status) {
        return jdbc.sql("select count(*) from nine_notification where status = ?").param(status).query(Long.class).single();
    }

    private long failed() {
        Set<String> instances = failingSendJobs().stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return 0;
        }
        List<String> recipients = runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).distinct().toList();
        if (recipients.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from nine_notification where status = :status and recipient in (:recipients)")
                .param("status", Notification.PENDING).param("recipients", recipients).query(Long.class).single();
    }

    private List<Job> failingSendJobs() {
        return management.createJobQuery().processDefinitionKey(DigestProcess.KEY).withException().list();
    }
}
