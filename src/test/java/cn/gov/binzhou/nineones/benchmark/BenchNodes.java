package cn.gov.binzhou.nineones.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.binzhou.nineones.NineOnesApplication;
import cn.gov.binzhou.nineones.reminder.DigestProcess;

/**
 * The application's nodes of one run: identical Spring Boot applications on one database, each with
 * Camunda's job executor running (Camunda's own clustering: the nodes share the work through the job
 * table). In one JVM, so the benchmark can move the engine clock of all of them at once.
 */
final class BenchNodes implements AutoCloseable {

    private static final long MAX_WAIT_MILLIS = 3_600_000;

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    static BenchNodes start(int count, BenchDatabase database, int mailPort) {
        BenchNodes started = new BenchNodes();
        for (int n = 1; n <= count; n++) {
            started.nodes.add(new SpringApplicationBuilder(NineOnesApplication.class).profiles("test").run(
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password(),
                    "--camunda.bpm.process-engine-name=" + (n == 1 ? "default" : "node" + n),
                    "--camunda.bpm.job-execution.enabled=true",
                    "--camunda.bpm.job-execution.max-wait=300",
                    "--camunda.bpm.job-execution.wait-time-in-millis=50",
                    "--server.port=0",
                    "--spring.mail.port=" + mailPort,
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        }
        return started;
    }

    /** The node that serves the i-th request: requests alternate over the nodes, as a load balancer spreads them. */
    <T> T bean(int i, Class<T> type) {
        return node(i).getBean(type);
    }

    ConfigurableApplicationContext node(int i) {
        return nodes.get(Math.floorMod(i, nodes.size()));
    }

    int port(int i) {
        return ((WebServerApplicationContext) node(i)).getWebServer().getPort();
    }

    /**
     * Waits until the job executors have run every job due at the engine clock, including those they
     * create (message batches, asynchronous steps, reminder mails); fails on a job that ran out of retries.
     */
    void awaitJobs() {
        ManagementService management = bean(0, ManagementService.class);
        boolean done = awaitQuietly(() -> management.createJobQuery().executable().count() == 0
                && management.createJobQuery().processDefinitionKey(DigestProcess.KEY).messages().count() == 0);
        if (!done) {
            throw new IllegalStateException("jobs still due after an hour");
        }
        long failed = management.createJobQuery().noRetriesLeft().count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " jobs failed: "
                    + management.createJobQuery().noRetriesLeft().listPage(0, 3).stream().map(j -> j.getExceptionMessage()).toList());
        }
    }

    /**
     * Polls the condition at a tenth of the time waited so far (50 ms to 1 s): counting 20,000 due jobs every
     * 100 ms took as much of the database as the job executors' own acquisition, and slowed what it waited for.
     */
    private static boolean awaitQuietly(BooleanSupplier condition) {
        long started = System.currentTimeMillis();
        long deadline = started + MAX_WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            long now = System.currentTimeMillis();
            if (now > deadline) {
                return false;
            }
            try {
                Thread.sleep(Math.min(1_000, Math.max(50, (now - started) / 10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext node : nodes) {
            node.close();
        }
    }
}
