package cn.gov.binzhou.nineones.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.reminder.ReminderProcess;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.MailServer;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.TasklistFilters;

/**
 * The campaign benchmark (issue 11), not part of {@code ./mvnw verify}: {@code ./mvnw -Pbench verify
 * -Dbench.n=673 -Dbench.db=h2,postgres -Dbench.nodes=1}. For each database and node count it runs
 * {@link CampaignSimulation} with N enterprises, measures the latencies at full size, then runs
 * {@link BareEngine} with the same task completions on a fresh database of the same kind, and writes one
 * JSON line per run to {@code target/benchmark/results.jsonl} (docs/performance.md explains the figures).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class CampaignBenchmark {

    private static final Path RESULTS = Path.of("target", "benchmark", "results.jsonl");

    @Test
    void wholeCampaign() throws Exception {
        int n = Integer.getInteger("bench.n", 673);
        for (String db : System.getProperty("bench.db", "h2,postgres").split(",")) {
            for (String nodes : System.getProperty("bench.nodes", "1").split(",")) {
                int nodeCount = Integer.parseInt(nodes.trim());
                if ("h2".equals(db.trim()) && nodeCount > 1) {
                    System.out.println("BENCH skipped: H2 is the embedded database of one node; two nodes run on PostgreSQL");
                    continue;
                }
                Map<String, Object> result = run(n, db.trim(), nodeCount);
                String line = new ObjectMapper().writeValueAsString(result);
                Files.createDirectories(RESULTS.getParent());
                Files.writeString(RESULTS, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                System.out.println("BENCH RESULT " + line);
                assertThat(result.get("duplicateJobExecutions")).isEqualTo(0L);
                assertThat(result.get("duplicateMails")).isEqualTo(0L);
            }
        }
    }

    private Map<String, Object> run(int n, String db, int nodeCount) throws Exception {
        String runId = "b" + n + "_" + db + "_" + nodeCount + "n_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        System.out.printf("BENCH run %s: %d enterprises, %s, %d node(s), max heap %d MiB%n", runId, n, db, nodeCount,
                PeakHeap.maxBytes() >> 20);
        BenchDatabase database = BenchDatabase.create(db, runId);
        MailServer mail = MailServer.onFreePort().start();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("date", LocalDateTime.now().toString());
        result.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + ", Java "
                + System.getProperty("java.version"));
        result.put("enterprises", n);
        result.put("database", db);
        result.put("nodes", nodeCount);
        ReceivedMails mails = new ReceivedMails(mail);
        CampaignSimulation.Stages stages = new CampaignSimulation.Stages(mails::collect);
        long completions;
        try (PeakHeap heap = new PeakHeap(); BenchNodes nodes = BenchNodes.start(nodeCount, database, mail.port())) {
            CampaignSimulation simulation = new CampaignSimulation(nodes, n, stages);
            simulation.createUsers();
            stages.restart();
            simulation.nominate();
            simulation.review();
            simulation.publishList();
            simulation.supervise();
            simulation.octoberChecks();
            simulation.moveToSelfAssessmentWeek();
            nodes.awaitJobs();
            stages.done("self-assessment week: the sweeper mails every due-soon task", 0);
            result.put("latencies", latencies(nodes, simulation.batchCode()));
            stages.restart();
            simulation.selfAssess();
            simulation.countyAccept();
            simulation.decemberChecks();
            simulation.deductions();
            simulation.closeBatch();
            completions = nodes.bean(0, HistoryService.class).createHistoricTaskInstanceQuery().taskDeleteReason("completed").count();
            result.put("stageSeconds", stages.seconds());
            result.put("cycleSeconds", round(stages.total()));
            result.put("taskCompletions", completions);
            result.put("completionsPerSecond", round(completions / stages.total()));
            result.put("processInstances", nodes.bean(0, HistoryService.class).createHistoricProcessInstanceQuery().count());
            result.put("peakHeapMiB", heap.peakBytes() >> 20);
            result.put("liveHeapAfterGcMiB", stages.liveHeapBytes() >> 20);
            result.put("maxHeapMiB", PeakHeap.maxBytes() >> 20);
            result.put("databaseMiB", database.sizeBytes() >> 20);
            result.put("incidents", nodes.bean(0, RuntimeService.class).createIncidentQuery().count());
            // a job that succeeded twice ran twice; Camunda's history cleanup is one job rescheduled on purpose
            String succeededTwice = " from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup'"
                    + " group by job_id_, job_def_type_, act_id_, process_def_key_ having count(*) > 1";
            result.put("duplicateJobExecutions", database.queryLong("select count(*) from (select job_id_" + succeededTwice + ") d"));
            result.put("duplicatedJobs", database.queryText("select job_def_type_ || ' ' || coalesce(act_id_, '') || ' '"
                    + " || coalesce(process_def_key_, '')" + succeededTwice));
            mails.collect();
            result.put("mailsReceived", mails.received());
            result.put("duplicateMails", mails.duplicates());
        } finally {
            mail.stop();
            ClockUtil.reset();
        }
        System.out.printf("BENCH %s: whole cycle %.1f s, %d completions; bare engine ...%n", runId, stages.total(), completions);
        double bare = BareEngine.run(BenchDatabase.create(db, runId + "_bare"), n, completions);
        result.put("bareSeconds", round(bare));
        result.put("bareCompletionsPerSecond", round(completions / bare));
        result.put("ratioToBareEngine", round(stages.total() / bare));
        System.out.printf("BENCH %s: bare engine %.1f s for %d completions; ratio %.2f%n", runId, bare, completions, stages.total() / bare);
        double authorized = BareEngine.runAuthorized(BenchDatabase.create(db, runId + "_bareauth"), n, completions);
        result.put("bareAuthorizedSeconds", round(authorized));
        result.put("ratioToBareEngineAuthorized", round(stages.total() / authorized));
        result.put("secondsPerEnterprise", round(stages.total() / n * 1000) / 1000);
        System.out.printf("BENCH %s: bare engine with Camunda's authorization %.1f s; ratio %.2f%n", runId, authorized,
                stages.total() / authorized);
        return result;
    }

    /**
     * p50/p95 at full size: every listed enterprise's self-assessment open and due in two days. The task
     * form's variables are what Tasklist loads when a user opens one of them (its read-only values are read
     * from our tables then; measured in the node, without HTTP).
     */
    private Map<String, Object> latencies(BenchNodes nodes, String batch) {
        Map<String, Object> latencies = new LinkedHashMap<>();
        String filter = nodes.bean(0, FilterService.class).createFilterQuery().filterName(TasklistFilters.OWN_AGENCY)
                .singleResult().getId();
        RestClient tasklist = RestClient.builder().baseUrl("http://localhost:" + nodes.port(0) + "/engine-rest")
                .defaultHeaders(h -> h.setBasicAuth(CampaignSimulation.agencyUser("bincheng"), Users.PASSWORD)).build();
        Latency query = Latency.of(5, 40, () -> {
            tasklist.get().uri("/filter/{id}/list?firstResult=0&maxResults=15", filter).accept(MediaType.parseMediaType("application/hal+json"))
                    .retrieve().toBodilessEntity();
            tasklist.get().uri("/filter/{id}/count", filter).retrieve().toBodilessEntity();
        });
        String task = nodes.bean(0, org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .taskDefinitionKey(EnterpriseProcess.SELF_ASSESSMENT).listPage(0, 1).get(0).getId();
        Latency form = Latency.of(5, 40, () -> nodes.bean(0, FormService.class).getTaskFormVariables(task));
        Api city = new Api(nodes.port(0), CampaignSimulation.CITY);
        Latency attachment2 = Latency.of(3, 20, () -> city.get("/api/batches/" + batch + "/reports/statistics.xlsx"));
        Latency dashboard = Latency.of(3, 20, () -> city.get("/api/batches/" + batch + "/statistics"));
        Latency sweep = Latency.of(0, 5, () -> {
            nodes.bean(0, RuntimeService.class).startProcessInstanceByKey(ReminderProcess.KEY);
            nodes.awaitJobs();
        });
        latencies.put("tasklistQuery", query);
        latencies.put("taskForm", form);
        latencies.put("attachment2", attachment2);
        latencies.put("dashboardJson", dashboard);
        latencies.put("reminderSweep", sweep);
        latencies.put("openTasks", nodes.bean(0, org.camunda.bpm.engine.TaskService.class).createTaskQuery().count());
        latencies.forEach((what, figure) -> System.out.printf("BENCH latency %-16s %s%n", what, figure));
        return latencies;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
