package cn.gov.binzhou.nineones.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server in the test JVM (GreenMail) that can be taken down and brought back on its port. */
public final class MailServer {

    private final int port;
    private GreenMail server;

    public MailServer(int port) {
        this.port = port;
    }

    /** A server on a port that is free now, so parallel builds on one machine do not collide. */
    public static MailServer onFreePort() {
        return new MailServer(freePort());
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public MailServer start() {
        server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public List<MimeMessage> messages() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received so far, which the server then forgets (a long run keeps its heap for the application). */
    public List<MimeMessage> drain() {
        if (server == null) {
            return List.of();
        }
        List<MimeMessage> received = Arrays.asList(server.getReceivedMessages());
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return received;
    }

    public List<MimeMessage> messagesTo(String address) {
        return messages().stream().filter(message -> recipients(message).contains(address)).toList();
    }

    /** Waits for mails that jobs on other threads send; answers whether that many arrived in time. */
    public boolean await(int count, long millis) {
        return server.waitForIncomingEmail(millis, count);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).isEmpty() ? "" : text(message);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
