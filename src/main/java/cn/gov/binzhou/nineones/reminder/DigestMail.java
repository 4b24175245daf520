package cn.gov.binzhou.nineones.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.SystemProperties;
import cn.gov.binzhou.nineones.system.WorkingDays;

/** Renders a digest from the templates in {@code mail/} and sends it over SMTP. */
@Component
class DigestMail {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(CampaignTime.ZONE);

    private final JavaMailSender sender;
    private final ReminderProperties properties;
    private final SystemProperties system;
    private final WorkingDays workingDays;
    private final String subjectTemplate = template("mail/digest-subject.txt").strip();
    private final String bodyTemplate = template("mail/digest.txt");
    private final String itemTemplate = template("mail/digest-item.txt");

    DigestMail(JavaMailSender sender, ReminderProperties properties, SystemProperties system, WorkingDays workingDays) {
        this.sender = sender;
        this.properties = properties;
        this.system = system;
        this.workingDays = workingDays;
    }

    void send(List<Notification> notices) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(notices.get(0).address());
            helper.setSubject(subject(notices));
            helper.setText(body(notices));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("邮件无法生成: " + e.getMessage(), e);
        }
    }

    String subject(List<Notification> notices) {
        Map<NoticeKind, Long> byKind = new EnumMap<>(NoticeKind.class);
        notices.forEach(n -> byKind.merge(n.kind(), 1L, Long::sum));
        String summary = byKind.entrySet().stream().map(e -> e.getValue() + "项" + e.getKey().label())
                .collect(Collectors.joining("、"));
        return fill(subjectTemplate, Map.of("count", String.valueOf(notices.size()), "summary", summary));
    }

    String body(List<Notification> notices) {
        String items = notices.stream().map(this::item).collect(Collectors.joining());
        return fill(bodyTemplate, Map.of("items", items, "tasklistUrl", system.baseUrl() + "/camunda/app/tasklist/",
                "contactPhone", system.contactPhone()));
    }

    private String item(Notification notice) {
        return fill(itemTemplate, Map.of(
                "kind", notice.kind().label(),
                "taskName", orDash(notice.taskName()),
                "enterprise", orDash(notice.enterpriseName()),
                "agency", orDash(notice.agencyName()),
                "due", notice.dueAt() == null ? "—" : DUE.format(notice.dueAt()),
                "lateness", lateness(notice),
                "link", system.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + notice.taskId()));
    }

    private String lateness(Notification notice) {
        if (notice.dueAt() == null) {
            return "无期限";
        }
        LocalDate due = notice.dueAt().atZone(CampaignTime.ZONE).toLocalDate();
        LocalDate today = CampaignTime.today();
        if (notice.kind() != NoticeKind.OVERDUE && notice.kind() != NoticeKind.ESCALATION) {
            int left = workingDays.between(today, due);
            return left == 0 ? "今天到期" : "还剩" + left + "个工作日";
        }
        int late = Math.max(workingDays.between(due, today), 0);
        return late == 0 ? "已超过期限" : "已逾期" + late + "个工作日";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String fill(String template, Map<String, String> values) {
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
