package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;

import cn.gov.binzhou.nineones.reminder.DigestProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ChildApplication;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.DemoDatabase;
import cn.gov.binzhou.nineones.support.EngineRest;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Sheets;
import cn.gov.binzhou.nineones.support.SmtpGate;
import cn.gov.binzhou.nineones.support.Users;

/**
 * Crashes lose nothing. The application runs as a real separate JVM on an H2 file database with the demo
 * profile's settings (without WRITE_DELAY=0 the last half second of commits died with the process, and a
 * digest was mailed twice), with its job
 * executor on one thread and its mail going through a gate to a real SMTP server. It is killed (kill -9)
 * in the middle of a deadline sweep's sending and in the middle of a large import, and restarted on the
 * same database each time, with the engine clock moved forward by the restart:
 * <ul>
 * <li>every recipient gets their digest exactly once: the digests mailed before the kill are not sent
 * again, the one caught in flight (its sender waiting at the closed gate, so the server had accepted
 * nothing) and those not yet sent go out after the restart, once the dead node's job locks expire;</li>
 * <li>no job is stuck and no incident is left;</li>
 * <li>the import killed half-way left nothing of itself (one transaction); imported again it is whole;</li>
 * <li>a SIGTERM ends the application cleanly; a request in flight (the import again) finishes first.</li>
 * </ul>
 */
class CrashRecoveryTest {

    static final String ADMIN = "crashadmin";
    static final String BATCH = "2027-1";
    static final int COUNTY_USERS = 12;
    static final int IMPORT_LINES = 2000;
    static final String[] AGENCIES = {"滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市", "经开区", "北海新区", "高新区"};

    @TempDir Path dir;

    private final MailServer mail = MailServer.onFreePort().start();
    private final SmtpGate gate = new SmtpGate(mail.port());
    private ChildApplication app;

    @AfterEach
    void tearDown() {
        if (app != null && app.isAlive()) {
            app.kill();
        }
        gate.shutDown();
        mail.stop();
        keepLogs();
    }

    /** The child processes' output, kept under target/ for a failed run. */
    private void keepLogs() {
        try (var logs = Files.list(dir)) {
            Path kept = Files.createDirectories(Path.of("target", "crash-recovery"));
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException ignored) {
            // evidence is a courtesy
        }
    }

    @Test
    void killedDuringASweepAndDuringAnImport_theRestartedApplicationLosesAndDoublesNothing() throws Exception {
        // Tuesday 2026-12-01: a batch, twelve county users, three nominations of 滨城区 (due Tuesday 12-08)
        app = start("1-setup", "2026-12-01T02:00:00Z");
        EngineRest admin = new EngineRest(app.port(), ADMIN);
        for (int i = 1; i <= COUNTY_USERS; i++) {
            createCountyUser(admin, "crashbc" + i);
        }
        startBatch(admin);
        assertThat(importLines(sheet(3, 100, "滨城区")).getBody()).containsEntry("imported", 3);
        assertThat(app.stop(60)).as("SIGTERM ends it cleanly").isIn(0, 143);

        // Monday 12-21: the reviews are overdue; the sweeper's timer fires at start-up and one job per
        // recipient mails a digest. After three digests the gate closes, the next send waits at it: kill -9.
        app = start("2-sweep", "2026-12-21T02:00:00Z");
        assertThat(mail.await(3, 120_000)).as("the sweep started sending").isTrue();
        gate.close();
        assertThat(ChildApplication.awaitCondition(60_000, () -> gate.held() > 0)).as("a send in flight").isTrue();
        app.kill();
        int beforeCrash = mail.messages().size();
        assertThat(beforeCrash).isBetween(3, COUNTY_USERS - 1);

        // restarted 20 minutes later (the dead node's job locks have expired), the gate open again
        gate.open();
        app = start("3-recover", "2026-12-21T02:20:00Z", "--logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG");
        EngineRest restarted = new EngineRest(app.port(), ADMIN);
        assertThat(ChildApplication.awaitCondition(120_000, () -> mail.messages().size() >= COUNTY_USERS
                && count(restarted, "/job/count?processDefinitionKey=" + DigestProcess.KEY + "&messages=true") == 0))
                .as("the rest of the digests go out and no send job is left").isTrue();
        for (int i = 1; i <= COUNTY_USERS; i++) {
            assertThat(mail.messagesTo("crashbc" + i + "@crash.nineones.local")).as("crashbc" + i).hasSize(1);
        }
        assertThat(mail.messages()).hasSize(COUNTY_USERS);
        assertThat(count(restarted, "/incident/count")).isZero();
        assertThat(count(restarted, "/job/count?withException=true")).isZero();

        // a 2000-line import, killed once its nominations are being written
        byte[] large = largeSheet();
        CompletableFuture<ResponseEntity<Map>> killedImport = CompletableFuture.supplyAsync(() -> importLines(large));
        assertThat(ChildApplication.awaitCondition(240_000, () -> app.linesContaining("insert into nine_nomination (") >= 200))
                .as("the import is writing").isTrue();
        app.kill();
        assertThat(killedImport.handle((response, failure) -> failure != null || !response.getStatusCode().is2xxSuccessful()).get())
                .as("the import never answered").isTrue();

        // restarted: nothing of the killed import. Imported again, and the application stopped by SIGTERM
        // while it runs: graceful shutdown lets the request finish (bound raised to 120 s for 2000 lines).
        app = start("4-after-import-crash", "2026-12-21T02:25:00Z",
                "--logging.level.org.springframework.jdbc.core.JdbcTemplate=DEBUG",
                "--spring.lifecycle.timeout-per-shutdown-phase=120s");
        EngineRest afterImport = new EngineRest(app.port(), ADMIN);
        assertThat(count(afterImport, "/process-instance/count?processDefinitionKey=nine-ones-enterprise"))
                .as("nothing of the killed import").isEqualTo(3);
        CompletableFuture<ResponseEntity<Map>> again = CompletableFuture.supplyAsync(() -> importLines(large));
        assertThat(ChildApplication.awaitCondition(240_000, () -> app.linesContaining("insert into nine_nomination (") >= 200))
                .as("the import is writing").isTrue();
        assertThat(app.stop(180)).as("SIGTERM ends it cleanly").isIn(0, 143);
        assertThat(again.get().getStatusCode().is2xxSuccessful()).as("the request in flight finished").isTrue();
        assertThat(again.get().getBody()).containsEntry("imported", IMPORT_LINES).containsEntry("rejected", 0);

        try (Connection db = DriverManager.getConnection(jdbcUrl(), "sa", "")) {
            assertThat(single(db, "select count(*) from nine_nomination where batch_code = '" + BATCH + "'"))
                    .isEqualTo(3 + IMPORT_LINES);
            assertThat(single(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'nine-ones-enterprise'"))
                    .isEqualTo(3 + IMPORT_LINES);
            assertThat(single(db, "select count(*) from nine_notification where status <> 'SENT'")).isZero();
            assertThat(single(db, "select count(*) from act_ru_job where lock_owner_ is not null")).as("no job left locked")
                    .isZero();
        }
    }

    private ChildApplication start(String name, String clock, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
                "--spring.datasource.url=" + jdbcUrl(), "--spring.mail.port=" + gate.port(),
                "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.core-pool-size=1",
                "--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.admin-user.id=" + ADMIN,
                "--camunda.bpm.admin-user.password=" + Users.PASSWORD, "--nineones.test.clock=" + clock));
        arguments.addAll(List.of(more));
        return ChildApplication.start(dir, name, arguments);
    }

    /** The demo profile's H2 settings: what is committed there must survive kill -9. */
    private String jdbcUrl() {
        return DemoDatabase.urlIn(dir);
    }

    private ResponseEntity<Map> importLines(byte[] sheet) {
        return Api.at(app.baseUrl(), ADMIN, Users.PASSWORD).importFile(BATCH, "提报名单.xlsx", sheet);
    }

    private static void createCountyUser(EngineRest admin, String id) {
        assertThat(admin.post("/user/create", Map.of("profile", Map.of("id", id, "firstName", id, "lastName", "测试",
                "email", id + "@crash.nineones.local"), "credentials", Map.of("password", Users.PASSWORD)))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(admin.put("/group/county-bincheng/members/{user}", Map.of(), id).getStatusCode().is2xxSuccessful())
                .isTrue();
    }

    private static void startBatch(EngineRest admin) {
        assertThat(admin.post("/process-definition/key/nine-ones-batch/start", Map.of("variables",
                Map.of("batchCode", EngineRest.value(BATCH), "batchName", EngineRest.value("第一批"))))
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    private static byte[] sheet(int lines, int firstSerial, String agency) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            rows.add(Sheets.line(i + 1, agency, "滨州崩溃测试" + (firstSerial + i) + "有限公司", CreditCodes.valid(firstSerial + i)));
        }
        return Sheets.xlsx(rows);
    }

    private static byte[] largeSheet() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < IMPORT_LINES; i++) {
            int serial = 600_000 + i;
            rows.add(Sheets.line(i + 1, AGENCIES[i % AGENCIES.length], "滨州批量" + serial + "有限公司", CreditCodes.valid(serial)));
        }
        return Sheets.xlsx(rows);
    }

    private static long count(EngineRest rest, String path) {
        Object count = rest.get(path).getBody().get("count");
        return count == null ? -1 : ((Number) count).longValue();
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
