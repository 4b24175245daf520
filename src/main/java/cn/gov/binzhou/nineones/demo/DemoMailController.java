package cn.gov.binzhou.nineones.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * {@code GET /api/demo/mails}: what the demo's in-process SMTP server received, newest first (demo
 * profile only). It holds every agency's mail, so only administrators ({@code camunda-admin}) see it.
 */
@RestController
@Profile("demo")
@ConditionalOnClass(GreenMail.class)
class DemoMailController {

    /** A received mail as the demo mailbox page shows it. */
    record ReceivedMail(List<String> to, String subject, String body, String sentAt) {
    }

    private final GreenMail server;

    DemoMailController(GreenMail server) {
        this.server = server;
    }

    @GetMapping("/api/demo/mails")
    List<ReceivedMail> mails(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) throws MessagingException {
        requireAdministrator(user);
        MimeMessage[] received = server.getReceivedMessages();
        List<ReceivedMail> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            mails.add(received(received[i]));
        }
        return mails;
    }

    private static void requireAdministrator(ApiUser user) {
        if (!user.groups().contains(Groups.ADMIN)) {
            throw new ForbiddenException("演示邮箱包含所有单位的邮件，只有系统管理员（camunda-admin）可以查看");
        }
    }

    private static ReceivedMail received(MimeMessage message) throws MessagingException {
        return new ReceivedMail(Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                message.getSubject(), body(message),
                message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
    }

    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (Exception unreadable) {
            return GreenMailUtil.getBody(message);
        }
    }
}
