package cn.gov.binzhou.nineones.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP gate in front of the test's SMTP server. Open, it forwards each connection; closed, it accepts
 * new connections and holds them unanswered, so a sender waits for the server's greeting: nothing of its
 * mail has been accepted while it waits. A test closes the gate to catch a send in flight.
 */
public final class SmtpGate implements AutoCloseable {

    private final int target;
    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final List<Socket> all = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    public SmtpGate(int targetPort) {
        this.target = targetPort;
        try {
            this.server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "smtp-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void close() {
        open = false;
    }

    public void open() {
        open = true;
    }

    /** Connections waiting at the closed gate. */
    public int held() {
        return held.size();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                all.add(client);
                if (open) {
                    forward(client);
                } else {
                    held.add(client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forward(Socket client) throws IOException {
        Socket upstream = new Socket("localhost", target);
        all.add(upstream);
        java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
        pump(client, upstream, ended);
        pump(upstream, client, ended);
    }

    /**
     * Copies one direction; at its end it half-closes the other side, so that a reply still under way (the
     * server's 221 to QUIT) reaches the sender whole. Both sockets close once both directions have ended.
     */
    private static void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicInteger ended) {
        Thread thread = new Thread(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException ended2) {
                // this direction is over
            } finally {
                try {
                    to.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
                if (ended.incrementAndGet() == 2) {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }
        }, "smtp-gate-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the gate and drops every connection. */
    public void shutDown() {
        closeQuietly(server);
        all.forEach(SmtpGate::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }
}
