package cn.gov.binzhou.nineones.operations;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP server answers. Mail down does not stop the work: notices wait in the log and the
 * engine retries their sending, so the service is {@link #DEGRADED}, never down, and this indicator is
 * in neither the liveness nor the readiness group.
 */
@Component("mailServer")
class MailServerHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "mail server unreachable; notices wait and are retried");

    private final ObjectProvider<JavaMailSenderImpl> sender;

    MailServerHealth(ObjectProvider<JavaMailSenderImpl> sender) {
        super("Mail server health check failed");
        this.sender = sender;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JavaMailSenderImpl mail = sender.getIfAvailable();
        if (mail == null) {
            builder.unknown().withDetail("error", "no mail server configured (spring.mail.host)");
            return;
        }
        builder.withDetail("location", mail.getHost() + ":" + mail.getPort());
        try {
            mail.testConnection();
            builder.up();
        } catch (MessagingException | RuntimeException unreachable) {
            builder.status(DEGRADED).withDetail("error", unreachable.getClass().getSimpleName() + ": "
                    + unreachable.getMessage());
        }
    }
}
