package cn.gov.binzhou.nineones.demo;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

/** {@code GET /api/demo/mails}: what the demo's in-process SMTP server received, newest first (demo profile only). */
@RestController
@Profile("demo")
class DemoMailController {

    /** A received mail as the demo mailbox page shows it. */
    record ReceivedMail(List<String> to, String subject, String body, String sentAt) {
    }

    private final GreenMail server;

    DemoMailController(GreenMail server) {
        this.server = server;
    }

    @GetMapping("/api/demo/mails")
    List<ReceivedMail> mails() throws MessagingException {
        MimeMessage[] received = server.getReceivedMessages();
        List<ReceivedMail> mails = new java.util.ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            MimeMessage message = received[i];
            mails.add(new ReceivedMail(Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    message.getSubject(), body(message),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant().toString()));
        }
        return mails;
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
