package cn.gov.binzhou.nineones.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.SystemProperties;

/**
 * Sends an account its first-password mail, as the send job of its {@link AccountMailProcess} instance
 * ({@code ${sendFirstPassword}}): one job per account, run by Camunda's job executor on any node and
 * retried by it (R10/PT5M, then an incident in Cockpit) while the mail server is down.
 * The password is set at the moment its mail goes out, in the job's transaction, which also marks the mail
 * sent, so no password is ever stored or logged, and a mail that failed leaves no valid password anywhere.
 * The one window left is every SMTP client's: a mail the server accepted just before that transaction
 * failed is sent again, with a new password that replaces the first.
 */
@Component("sendFirstPassword")
class AccountMailer implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMailer.class);
    static final String TASKLIST_PATH = "/camunda/app/tasklist/";

    private final AccountMailLog log;
    private final Accounts accounts;
    private final JavaMailSender sender;
    private final SystemProperties system;
    private final String from;
    private final String subject = template("mail/account-subject.txt").strip();
    private final Map<String, String> bodies = Map.of(
            AccountMail.ENTERPRISE, template("mail/account-enterprise.txt"),
            AccountMail.STAFF, template("mail/account-staff.txt"));

    AccountMailer(AccountMailLog log, Accounts accounts, JavaMailSender sender, SystemProperties system,
            @Value("${nineones.reminders.from}") String from) {
        this.log = log;
        this.accounts = accounts;
        this.sender = sender;
        this.system = system;
        this.from = from;
    }

    /** Sends the mail of the account the instance is for (its business key) if it is still pending. */
    @Override
    public void execute(DelegateExecution execution) {
        send(execution.getProcessBusinessKey());
    }

    private void send(String userId) {
        AccountMail mail = log.lockPending(userId).orElse(null);
        if (mail == null) {
            return;
        }
        String password = Passwords.generate();
        if (!accounts.setPassword(mail.userId(), password)) {
            log.markFailed(mail.id(), "用户已不存在");
            LOG.warn("First password of {} not mailed: the user no longer exists", userId);
            return;
        }
        deliver(mail, password);
        log.markSent(mail.id());
        LOG.info("First password of {} mailed to {}", mail.userId(), mail.address());
    }

    private void deliver(AccountMail mail, String password) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.address());
            helper.setSubject(subject);
            helper.setText(body(mail, password));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("邮件无法生成: " + e.getMessage(), e);
        }
    }

    String body(AccountMail mail, String password) {
        return fill(bodies.get(mail.kind()), Map.of(
                "name", orDash(mail.recipientName()),
                "organisation", orDash(mail.organisation()),
                "loginUrl", system.baseUrl() + TASKLIST_PATH,
                "userId", mail.userId(),
                "password", password,
                "contactPhone", system.contactPhone()));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return result;
    }

    private static String template(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("邮件模板缺失: " + path, e);
        }
    }
}
