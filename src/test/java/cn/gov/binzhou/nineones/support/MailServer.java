package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server in the test JVM (GreenMail) that can be taken down and brought back on its port. */
public final class MailServer {

    private static final long STARTUP_TIMEOUT_MILLIS = 30_000;

    private final int port;
    private GreenMail server;

    public MailServer(int port) {
        this.port = port;
    }

    /** A server on a port that is free now, so parallel builds on one machine do not collide. */
    public static MailServer onFreePort() {
        return new MailServer(freePort());
    }

    /**
     * A port free now, below Linux's ephemeral range (32768 and up): the server is started minutes after the port is
     * chosen, and a port from that range may meanwhile be the local end of one of the test's own HTTP connections.
     */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    public int port() {
        return port;
    }

    public MailServer start() {
        ServerSetup smtp = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        // GreenMail waits 2 s for its socket by default; a busy CI machine has needed more
        smtp.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        server = new GreenMail(smtp);
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
