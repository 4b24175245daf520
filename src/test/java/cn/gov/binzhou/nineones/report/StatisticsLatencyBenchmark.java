package cn.gov.binzhou.nineones.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.support.Api;
import cn.gov.binzhou.nineones.support.ApplicationTest;
import cn.gov.binzhou.nineones.support.CreditCodes;
import cn.gov.binzhou.nineones.support.Users;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * A benchmark, not a timed test: the dashboard's JSON and Attachment 2 for a batch of 20,000 listed
 * enterprises (our tables filled directly: the figure is about the reports' reads, not the engine).
 * Run with {@code ./mvnw verify -Dtest=StatisticsLatencyBenchmark -Dbench=true}; it prints p50/p95.
 */
@ApplicationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StatisticsLatencyBenchmark {

    static final int ENTERPRISES = 20_000;
    static final String BATCH = "2024-BENCH";
    static final String[] STAGES = {"SELF_ASSESSING", "AWAITING_ACCEPTANCE", "COUNTY_ACCEPTED", "OVERDUE", "ACCEPTED"};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired Agencies agencies;

    @Test
    void statisticsOf20000Enterprises() {
        Users.ensure(identity, "benchcity", Groups.CITY_BUREAU);
        fill();
        Api city = new Api(port, "benchcity");
        String first = new String(city.get("/api/batches/" + BATCH + "/statistics").getBody(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(first).contains("滨城区");
        print("statistics JSON", time(() -> city.get("/api/batches/" + BATCH + "/statistics")));
        print("Attachment 2 xlsx", time(() -> city.get("/api/batches/" + BATCH + "/reports/statistics.xlsx")));
    }

    private void fill() {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into nine_batch (batch_code, name, batch_year, supervision_plans_by, progress_check_from,
                  progress_check_to, self_assessment_by, county_acceptance_by, acceptance_check_from, acceptance_check_to,
                  deductions_by, sampling_rate_percent, sampling_minimum, sampling_seed, phase, created_at, from_fixed_list)
                values (?, '基准批', 2024, '2024-10-10', '2024-10-16', '2024-10-31', '2024-11-20', '2024-11-29', '2024-12-02',
                  '2024-12-20', '2024-12-31', 20, 2, 42, 'ACCEPTANCE_CHECK', ?, true)""", BATCH, now);
        List<Object[]> nominations = new ArrayList<>();
        for (int n = 0; n < ENTERPRISES; n++) {
            String agency = agencies.all().get(n % agencies.all().size()).id();
            nominations.add(new Object[] {BATCH, CreditCodes.valid(5_000_000 + n), agency, now, "基准企业" + n});
        }
        jdbc.batchUpdate("""
                insert into nine_nomination (batch_code, credit_code, agency_id, status, source, nominated_at, name, industry,
                  principal, principal_phone, first_batch_pilot) values (?, ?, ?, 'CITY_APPROVED', 'FIXED_LIST', ?, ?,
                  'MACHINERY', '王五', '13905430000', false)""", nominations);
        jdbc.update("""
                insert into nine_campaign_record (nomination_id, batch_code, agency_id, stage, listed_at, self_assessed_at)
                select id, batch_code, agency_id, 'SELF_ASSESSING', nominated_at, nominated_at from nine_nomination
                where batch_code = ?""", BATCH);
        for (int i = 0; i < STAGES.length; i++) {
            jdbc.update("update nine_campaign_record set stage = ? where batch_code = ? and mod(nomination_id, ?) = ?",
                    STAGES[i], BATCH, STAGES.length, i);
        }
        jdbc.update("""
                insert into nine_spot_check (batch_code, kind, nomination_id, agency_id, group_id, due_date, status, result)
                select batch_code, 'ACCEPTANCE', nomination_id, agency_id, 'city-group-1', '2024-12-20', 'DONE',
                  case when mod(nomination_id, 3) = 0 then 'INEFFECTIVE' else 'EFFECTIVE' end
                from nine_campaign_record where batch_code = ? and mod(nomination_id, 5) = 0""", BATCH);
    }

    private static long[] time(Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        long[] millis = new long[40];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf("BENCH %d enterprises, %s over HTTP: p50 %d ms, p95 %d ms (40 calls after 5 warm-up)%n",
                ENTERPRISES, what, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
    }
}
