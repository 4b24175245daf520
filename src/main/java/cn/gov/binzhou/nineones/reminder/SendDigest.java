package cn.gov.binzhou.nineones.reminder;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the digest's recipient (its business key) all their pending notices as one mail, then marks them
 * sent, in the job's transaction. While the mail server is down the job fails and the engine retries it; once its
 * retries are spent it shows as an incident in Cockpit, and the next sweep sends what it owes.
 */
@Component("sendDigest")
class SendDigest implements JavaDelegate {

    private final NotificationLog log;
    private final DigestMail mail;

    SendDigest(NotificationLog log, DigestMail mail) {
        this.log = log;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String recipient = execution.getProcessBusinessKey();
        List<Notification> pending = log.lockPending(recipient);
        if (pending.isEmpty()) {
            return;
        }
        mail.send(pending);
        log.markSent(pending);
    }
}
