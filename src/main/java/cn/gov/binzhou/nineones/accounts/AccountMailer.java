package cn.gov.binzhou.nineones.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.binzhou.nineones.system.SystemProperties;

/**
 * Sends first-password mails once the transaction that created the accounts has committed, on a thread of
 * its own (an import of 2000 people does not wait for 2000 mails), and retries the ones still pending on
 * a fixed delay ({@code nineones.accounts.mail-retry-delay}, on any node).
 * The password is set at the moment its mail goes out, in the transaction that marks the mail sent, so
 * no password is ever stored or logged, and a mail that failed leaves no valid password anywhere. The
 * one window left is every SMTP client's: a mail the server accepted just before that transaction
 * failed is sent again, with a new password that replaces the first.
 */
@Component
class AccountMailer {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMailer.class);
    static final String TASKLIST_PATH = "/camunda/app/tasklist/";

    private final AccountMailLog log;
    private final Accounts accounts;
    private final JavaMailSender sender;
    private final SystemProperties system;
    private final String from;
    private final int maxAttempts;
    private final TransactionTemplate separately;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nine-ones-account-mail");
        thread.setDaemon(true);
        return thread;
    });
    private final String subject = template("mail/account-subject.txt").strip();
    private final Map<String, String> bodies = Map.of(
            AccountMail.ENTERPRISE, template("mail/account-enterprise.txt"),
            AccountMail.STAFF, template("mail/account-staff.txt"));

    AccountMailer(AccountMailLog log, Accounts accounts, JavaMailSender sender, SystemProperties system,
            PlatformTransactionManager transactions, @Value("${nineones.reminders.from}") String from,
            @Value("${nineones.accounts.mail-max-attempts:10}") int maxAttempts) {
        this.log = log;
        this.accounts = accounts;
        this.sender = sender;
        this.system = system;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends these mails in the background once the current transaction has committed (at once, where none runs). */
    void sendAfterCommit(List<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(mailIds);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            background.execute(() -> sendEach(ids));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.execute(() -> sendEach(ids));
            }
        });
    }

    /** Waits until every mail handed to the background so far has been tried. */
    void flush() {
        try {
            background.submit(() -> { }).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("account mails still being sent", e);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    /** Sends every mail still pending; answers how many went out. */
    @Scheduled(initialDelayString = "${nineones.accounts.mail-retry-delay:PT5M}",
            fixedDelayString = "${nineones.accounts.mail-retry-delay:PT5M}")
    int retryPending() {
        return sendEach(log.pendingIds());
    }

    private int sendEach(List<Long> ids) {
        int sent = 0;
        for (long id : ids) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one mail if it is still pending; a failure is counted on the mail and never thrown. */
    boolean send(long id) {
        try {
            return Boolean.TRUE.equals(separately.execute(status -> sendLocked(id)));
        } catch (RuntimeException e) {
            LOG.warn("Account mail {} not sent, will retry: {}", id, e.toString());
            try {
                separately.executeWithoutResult(status -> log.markFailed(id, e.toString(), maxAttempts));
            } catch (RuntimeException unrecorded) {
                LOG.warn("Failed attempt of account mail {} not recorded: {}", id, unrecorded.toString());
            }
            return false;
        }
    }

    private boolean sendLocked(long id) {
        AccountMail mail = log.lockPending(id).orElse(null);
        if (mail == null) {
            return false;
        }
        String password = Passwords.generate();
        if (!accounts.setPassword(mail.userId(), password)) {
            log.markFailed(id, "用户已不存在", 1);
            return false;
        }
        deliver(mail, password);
        log.markSent(id);
        LOG.info("First password of {} mailed to {}", mail.userId(), mail.address());
        return true;
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
