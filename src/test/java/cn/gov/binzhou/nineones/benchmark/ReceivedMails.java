package cn.gov.binzhou.nineones.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import cn.gov.binzhou.nineones.support.MailServer;

/**
 * What the benchmark's SMTP server received, collected between stages and then forgotten by the server:
 * how many mails, and how many reached the same recipient twice with the same subject and text (a send
 * repeated by a retry or by a second node).
 */
final class ReceivedMails {

    private final MailServer server;
    private final Set<String> seen = new HashSet<>();
    private long received;
    private long duplicates;

    ReceivedMails(MailServer server) {
        this.server = server;
    }

    void collect() {
        for (MimeMessage message : server.drain()) {
            received++;
            String key = MailServer.recipients(message) + "|" + MailServer.subject(message) + "|" + MailServer.body(message);
            if (!seen.add(sha256(key))) {
                duplicates++;
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long received() {
        return received;
    }

    long duplicates() {
        return duplicates;
    }
}
